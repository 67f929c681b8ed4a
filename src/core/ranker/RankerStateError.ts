/** One problem of a saved state: where (`mean[12]`) and what. */
export interface RankerStateIssue {
  path: string
  message: string
}

/** Thrown by `importRankerState` with every problem found; the ranker is left untouched. */
export class RankerStateError extends Error {
  readonly issues: readonly RankerStateIssue[]

  constructor(issues: readonly RankerStateIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
    super(`[vitrine/ranker] invalid saved ranker state (${count}):\n${issues.map((i) => `  ${i.path === '' ? '(root)' : i.path}: ${i.message}`).join('\n')}`)
    this.name = 'RankerStateError'
    this.issues = issues
  }
}
