/** Targets and the readable table. */

export interface Target {
  key: string
  label: string
  unit: string
  max: number
}

/** Targets on this machine (a figure at or under `max` passes). */
export const TARGETS: readonly Target[] = [
  { key: 'overheadRatio', label: 'tracking overhead vs bare detect (p50)', unit: '×', max: 1.1 },
  { key: 'jitterIodRms', label: 'still-face jitter, rendered (RMS)', unit: '% IOD', max: 0.3 },
  { key: 'lagFrames', label: 'moving-face lag, rendered vs raw', unit: 'frames', max: 1 },
  { key: 'alignErrIodP95', label: 'bridge alignment error (p95)', unit: '% IOD', max: 3 },
  { key: 'initialJsGzKb', label: 'initial JS, gzip', unit: 'KB', max: 250 },
]

export type Verdict = 'PASS' | 'MISS' | 'n/a'

export function verdict(value: number | null | undefined, max: number): Verdict {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a'
  return value <= max ? 'PASS' : 'MISS'
}

export interface Row {
  label: string
  value: string
  target?: string
  verdict?: Verdict
}

/** Formats a figure with `digits` decimals, or an em dash when it could not be measured. */
export function fmt(value: number | null | undefined, digits = 2, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`
}

/** A plain-text table: figure, value, target, PASS/MISS. */
export function table(title: string, rows: readonly Row[]): string {
  const header: Row = { label: 'figure', value: 'value', target: 'target', verdict: 'n/a' }
  const w0 = Math.max(...[header, ...rows].map((r) => r.label.length))
  const w1 = Math.max(...[header, ...rows].map((r) => r.value.length))
  const w2 = Math.max(...[header, ...rows].map((r) => (r.target ?? '').length))
  const line = (r: Row, status: string) =>
    `${r.label.padEnd(w0)}  ${r.value.padStart(w1)}  ${(r.target ?? '').padEnd(w2)}  ${status}`.trimEnd()
  const out = [title, line(header, 'status'), '-'.repeat(w0 + w1 + w2 + 12)]
  for (const r of rows) out.push(line(r, r.verdict && r.target ? r.verdict : ''))
  return out.join('\n')
}
