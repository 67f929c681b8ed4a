import type { AssetIssue } from '../../core/catalog/asset/types'

const SEVERITY: Record<AssetIssue['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' }
const SOURCE: Record<AssetIssue['source'], string> = { vitrine: 'Vitrine rules', khronos: 'Khronos glTF validator' }

/**
 * Findings in plain words: severity, the message as the rules wrote it (the same in the studio and
 * the service), where in the file when known, and who found it. The code is there for support.
 */
export function IssueList({ issues, label }: { issues: readonly AssetIssue[]; label?: string }) {
  if (issues.length === 0) return null
  return (
    <ul className="issues" aria-label={label}>
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${i}`} className={`issue issue--${issue.severity}`} data-code={issue.code}>
          <span className="issue__severity">{SEVERITY[issue.severity]}:</span> {capitalise(issue.message)}
          {issue.pointer && <span className="issue__where"> (at {issue.pointer})</span>}
          <span className="issue__source">
            {SOURCE[issue.source] ?? issue.source} · {issue.code}
          </span>
        </li>
      ))}
    </ul>
  )
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
