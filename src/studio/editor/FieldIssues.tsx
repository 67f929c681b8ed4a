import type { ManifestIssue } from '../../core/catalog/types'

/** A field's problems under it, in the words of the shared catalog rules, with where they are. */
export function FieldIssues({ issues, id }: { issues: readonly ManifestIssue[]; id?: string }) {
  if (issues.length === 0) return null
  return (
    <ul className="field__issues" id={id}>
      {issues.map((issue, i) => (
        <li key={i}>{issue.path ? `${issue.path}: ` : ''}{issue.message}</li>
      ))}
    </ul>
  )
}
