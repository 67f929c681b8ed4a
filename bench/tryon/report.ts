/** Targets and the readable table. */
import type { VideoFigures } from './types'

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

/** The rows of the readable table, from the JSON summary. */
export function summaryRows(r: {
  still: VideoFigures
  moving: VideoFigures | null
  rawMsP50: number | null
  overheadRatio: number | null
  firstTryOnMs: number | null
  initialJsGzKb: number
}): Row[] {
  const s = r.still
  const m = r.moving
  const judged = (label: string, key: string, value: number | null, digits: number): Row => {
    const t = TARGETS.find((x) => x.key === key)!
    return { label, value: fmt(value, digits, t.unit), target: `≤ ${t.max} ${t.unit}`, verdict: verdict(value, t.max) }
  }
  const uv = s.noseBridgeUv
  return [
    { label: 'results (tracked) / renders (redraws skipped)', value: `${s.frames} (${s.framesTracked}) / ${s.renders} (${s.redrawsSkipped})` },
    { label: 'results per second', value: fmt(s.resultsPerSec, 1, '/s') },
    { label: 'tracking, worker detectForVideo p50', value: fmt(s.trackMsP50, 1, 'ms') },
    { label: 'tracking, worker detectForVideo p95', value: fmt(s.trackMsP95, 1, 'ms') },
    { label: 'bare detectForVideo p50 (try-on paused)', value: fmt(r.rawMsP50, 1, 'ms') },
    judged('tracking overhead (p50 ratio)', 'overheadRatio', r.overheadRatio, 2),
    { label: 'latency, capture → result p50', value: fmt(s.latencyMsP50, 1, 'ms') },
    { label: 'render CPU time p50 / p95', value: `${fmt(s.renderMsP50, 2)} / ${fmt(s.renderMsP95, 2, 'ms')}` },
    { label: 'dropped (skipped) frames', value: `${s.droppedFrames} (${s.skippedFrames})` },
    { label: 'first try-on (click → glasses drawn)', value: fmt(r.firstTryOnMs, 0, 'ms') },
    judged('still jitter, rendered bridge (RMS)', 'jitterIodRms', s.jitterIodRms, 3),
    { label: 'still jitter, raw landmark 168 (RMS)', value: fmt(s.rawJitterIodRms, 3, '% IOD') },
    judged('moving lag, rendered vs landmark 168', 'lagFrames', m?.lagFrames ?? null, 2),
    judged('alignment error p95, still', 'alignErrIodP95', s.alignErrIodP95, 2),
    judged('alignment error p95, moving', 'alignErrIodP95', m?.alignErrIodP95 ?? null, 2),
    { label: 'nose bridge median [u, v] (video coords)', value: uv ? `[${uv[0].toFixed(3)}, ${uv[1].toFixed(3)}]` : '—' },
    { label: 'IOD median', value: fmt(s.iodPxP50, 1, 'px') },
    judged('initial JS (gzip -9)', 'initialJsGzKb', r.initialJsGzKb, 1),
  ]
}
