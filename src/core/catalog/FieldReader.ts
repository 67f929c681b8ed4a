import type { ManifestIssue, Vec3 } from './types'

/** A check on a string value: the pattern it must match and how to say what was expected. */
export interface StringRule {
  pattern: RegExp
  /** Completes "expected …", e.g. `a 3-letter ISO 4217 code like "EUR"`. */
  expected: string
}

/** A check on a number value: lower bound and how to say what was expected. */
export interface NumberRule {
  min: number
  /** When true the bound itself is rejected (`> min`), otherwise accepted (`>= min`). */
  exclusive: boolean
  expected: string
}

/** Non-empty, not only spaces. */
export const NON_EMPTY: StringRule = { pattern: /\S/, expected: 'a non-empty string' }

/** `products` + `3` → `products[3]`; `''` + `id` → `id`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`
  return base === '' ? key : `${base}.${key}`
}

/** Short, quoted description of a found value for messages (`"euro"`, `-5`, `an object`). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (value !== null && typeof value === 'object') return 'an object'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  return String(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

// Edit distance, to turn a typo into "did you mean …" instead of a bare rejection.
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]!
}

function unknownKeyMessage(key: string, allowed: readonly string[], what: string): string {
  const near = allowed.find((k) => k.toLowerCase() === key.toLowerCase() || distance(k, key) <= 2)
  if (near !== undefined) return `unknown field in ${what}; did you mean "${near}"?`
  return `unknown field in ${what}; allowed fields are ${allowed.join(', ')}`
}

/**
 * Reads the fields of one JSON object, recording every problem in a shared list instead of stopping
 * at the first. Readers return `undefined` for a missing optional field or an invalid one; callers
 * compare the issue count before and after to know whether the object is valid.
 */
export class FieldReader {
  private constructor(
    private readonly value: Record<string, unknown>,
    readonly path: string,
    readonly issues: ManifestIssue[],
  ) {}

  /** Opens `value` as an object of `what` with exactly the `allowed` keys (unknown keys are issues). */
  static open(value: unknown, path: string, issues: ManifestIssue[], allowed: readonly string[], what: string): FieldReader | undefined {
    if (!isRecord(value)) {
      issues.push({ path, message: `expected ${what} (an object), got ${describeValue(value)}` })
      return undefined
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) issues.push({ path: joinPath(path, key), message: unknownKeyMessage(key, allowed, what) })
    }
    return new FieldReader(value, path, issues)
  }

  /** Records an issue on `key` of this object. */
  report(key: string | number, message: string): void {
    this.issues.push({ path: joinPath(this.path, key), message })
  }

  // Raw value, or undefined when absent; a missing required field is reported here.
  private take(key: string, expected: string, required: boolean): unknown {
    const raw = this.value[key]
    if (raw === undefined && required) this.report(key, `missing required field, expected ${expected}`)
    return raw
  }

  private wrong(key: string, expected: string, raw: unknown): undefined {
    this.report(key, `expected ${expected}, got ${describeValue(raw)}`)
    return undefined
  }

  /** A string matching `rule`; optional fields may be absent. */
  string(key: string, rule: StringRule = NON_EMPTY, required = true): string | undefined {
    const raw = this.take(key, rule.expected, required)
    if (raw === undefined) return undefined
    return typeof raw === 'string' && rule.pattern.test(raw) ? raw : this.wrong(key, rule.expected, raw)
  }

  /** A finite number within `rule`; `fallback` fills an absent field (no fallback: required). */
  number(key: string, rule: NumberRule, fallback?: number | 'optional'): number | undefined {
    const raw = this.take(key, rule.expected, fallback === undefined)
    if (raw === undefined) return fallback === 'optional' ? undefined : fallback
    const ok = typeof raw === 'number' && Number.isFinite(raw) && (rule.exclusive ? raw > rule.min : raw >= rule.min)
    return ok ? raw : this.wrong(key, rule.expected, raw)
  }

  /** One of a fixed set of strings. */
  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const expected = `one of ${allowed.map((a) => `"${a}"`).join(', ')}`
    const raw = this.take(key, expected, true)
    if (raw === undefined) return undefined
    return allowed.includes(raw as T) ? (raw as T) : this.wrong(key, expected, raw)
  }

  /** `[x, y, z]` of finite numbers; `fallback` fills an absent field. */
  vec3(key: string, fallback: Vec3): Vec3 | undefined {
    const raw = this.take(key, '[x, y, z]', false)
    if (raw === undefined) return [...fallback]
    const ok = Array.isArray(raw) && raw.length === 3 && raw.every((n) => typeof n === 'number' && Number.isFinite(n))
    return ok ? [raw[0], raw[1], raw[2]] : this.wrong(key, '[x, y, z] of 3 finite numbers', raw)
  }

  /** An array with at least `minItems` entries (an absent optional one reads as empty); returns each entry with its path. */
  list(key: string, minItems: number, expected: string, required = minItems > 0): { value: unknown; path: string }[] | undefined {
    const what = minItems > 0 ? `an array of at least ${minItems} ${expected}` : `an array of ${expected}`
    const raw = this.take(key, what, required)
    if (raw === undefined) return []
    if (!Array.isArray(raw) || raw.length < minItems) return this.wrong(key, what, raw)
    return raw.map((value, i) => ({ value, path: joinPath(joinPath(this.path, key), i) }))
  }

  /** A nested object with exactly the `allowed` keys. */
  record(key: string, allowed: readonly string[], what: string): FieldReader | undefined {
    const raw = this.take(key, `${what} (an object)`, true)
    return raw === undefined ? undefined : FieldReader.open(raw, joinPath(this.path, key), this.issues, allowed, what)
  }
}
