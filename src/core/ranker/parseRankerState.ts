import { RANKER_STATE_FORMAT, RANKER_STATE_VERSION, type RankerState } from './rankerStateTypes'
import { RankerStateError, type RankerStateIssue } from './RankerStateError'

/** Problems listed per array before "… and N more". */
const MAX_ISSUES_PER_ARRAY = 5
const KEYS = ['format', 'version', 'featureSpace', 'observations', 'mean', 'precisionCholesky', 'preferences', 'personalised']

/**
 * Checks that `value` is a state this kit can load into a model of `dimension` weights in the
 * feature space `featureSpace`; returns it typed, or throws {@link RankerStateError} listing every
 * problem with its path. Pure: touches no ranker.
 */
export function parseRankerState(value: unknown, featureSpace: string, dimension: number): RankerState {
  const issues: RankerStateIssue[] = []
  const add = (path: string, message: string) => issues.push({ path, message })
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RankerStateError([{ path: '', message: `expected an object, found ${kind(value)}` }])
  const s = value as Record<string, unknown>
  for (const key of Object.keys(s)) if (!KEYS.includes(key)) add(key, 'unexpected key (a ranker state holds only ' + KEYS.join(', ') + ')')
  if (s.format !== RANKER_STATE_FORMAT) add('format', `expected ${JSON.stringify(RANKER_STATE_FORMAT)}, found ${JSON.stringify(s.format)}`)
  if (s.version !== RANKER_STATE_VERSION) {
    add('version', typeof s.version === 'number' && s.version > RANKER_STATE_VERSION ? `version ${s.version} is newer than this kit reads (${RANKER_STATE_VERSION})` : `expected ${RANKER_STATE_VERSION}, found ${JSON.stringify(s.version)}`)
  }
  if (s.featureSpace !== featureSpace) add('featureSpace', `saved for ${JSON.stringify(s.featureSpace)}, this ranker is ${JSON.stringify(featureSpace)} (different dimension or features)`)
  if (!Number.isInteger(s.observations) || (s.observations as number) < 0) add('observations', `expected an integer >= 0, found ${JSON.stringify(s.observations)}`)
  numbers(s.mean, 'mean', dimension, add)
  const packed = numbers(s.precisionCholesky, 'precisionCholesky', (dimension * (dimension + 1)) / 2, add)
  if (packed) {
    let bad = 0
    for (let i = 0; i < dimension; i++) {
      const at = (i * (i + 1)) / 2 + i
      if (!(packed[at]! > 0) && bad++ < MAX_ISSUES_PER_ARRAY) add(`precisionCholesky[${at}]`, `diagonal entry ${i} must be > 0, found ${packed[at]}`)
    }
  }
  preferences(s.preferences, add)
  if (typeof s.personalised !== 'boolean') add('personalised', `expected a boolean, found ${kind(s.personalised)}`)
  if (issues.length > 0) throw new RankerStateError(issues)
  return s as unknown as RankerState
}

function numbers(value: unknown, path: string, length: number, add: (p: string, m: string) => void): number[] | null {
  if (!Array.isArray(value)) return add(path, `expected an array of ${length} numbers, found ${kind(value)}`), null
  if (value.length !== length) return add(path, `expected ${length} numbers, found ${value.length}`), null
  let bad = 0
  value.forEach((v, i) => {
    if (typeof v === 'number' && Number.isFinite(v)) return
    if (bad++ < MAX_ISSUES_PER_ARRAY) add(`${path}[${i}]`, `expected a finite number, found ${JSON.stringify(v) ?? kind(v)}`)
  })
  if (bad > MAX_ISSUES_PER_ARRAY) add(path, `… and ${bad - MAX_ISSUES_PER_ARRAY} more entries that are not finite numbers`)
  return bad === 0 ? (value as number[]) : null
}

function preferences(value: unknown, add: (p: string, m: string) => void): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return add('preferences', `expected an object, found ${kind(value)}`)
  const p = value as Record<string, unknown>
  if (!Array.isArray(p.styles)) add('preferences.styles', `expected an array of strings, found ${kind(p.styles)}`)
  else p.styles.forEach((s, i) => typeof s !== 'string' && add(`preferences.styles[${i}]`, `expected a string, found ${kind(s)}`))
  if (p.budget === null) return
  if (typeof p.budget !== 'object' || p.budget === undefined || Array.isArray(p.budget)) return add('preferences.budget', `expected null or { amount, currency }, found ${kind(p.budget)}`)
  const b = p.budget as Record<string, unknown>
  if (typeof b.amount !== 'number' || !(b.amount > 0) || !Number.isFinite(b.amount)) add('preferences.budget.amount', `expected a finite number > 0, found ${JSON.stringify(b.amount)}`)
  if (typeof b.currency !== 'string' || !/^[A-Z]{3}$/.test(b.currency)) add('preferences.budget.currency', `expected an ISO 4217 code like "EUR", found ${JSON.stringify(b.currency)}`)
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `the string ${JSON.stringify(v)}` : typeof v
}
