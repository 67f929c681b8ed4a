import type { ManifestIssue } from './types'

/** Formats one issue as `path: message`; the input itself is called `(root)`. */
export function formatIssue(issue: ManifestIssue): string {
  return `${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`
}

/**
 * Thrown by the validators with every problem found, not just the first, so a brand fixing its
 * catalog sees the whole list at once. The message has one `path: message` line per issue.
 */
export class ManifestError extends Error {
  /** All issues, in the order they were found. */
  readonly issues: readonly ManifestIssue[]

  constructor(issues: readonly ManifestIssue[], subject = 'manifest') {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
    super(`[vitrine/catalog] invalid ${subject} (${count}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`)
    this.name = 'ManifestError'
    this.issues = issues
  }
}
