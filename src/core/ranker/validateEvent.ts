import type { RankerEvent } from './types'

const KINDS = new Set(['tryOn', 'like', 'skip', 'addToBag', 'dwell'])

/** Throws a specific error for an event the ranker cannot use (wrong kind, id, or dwell figures). */
export function validateEvent(event: RankerEvent): void {
  const e = event as unknown as Record<string, unknown>
  if (typeof e !== 'object' || e === null) throw new TypeError('[vitrine/ranker] record: an event must be an object')
  if (!KINDS.has(e.kind as string)) throw new RangeError(`[vitrine/ranker] record: kind must be one of ${[...KINDS].join(', ')}, found ${JSON.stringify(e.kind)}`)
  if (typeof e.id !== 'string' || e.id === '') throw new TypeError(`[vitrine/ranker] record: id must be a non-empty string, found ${JSON.stringify(e.id)}`)
  if (e.kind === 'dwell') {
    if (typeof e.dwellSec !== 'number' || !(e.dwellSec >= 0) || !Number.isFinite(e.dwellSec)) {
      throw new RangeError(`[vitrine/ranker] record: dwellSec must be a finite number >= 0, found ${JSON.stringify(e.dwellSec)}`)
    }
    if (typeof e.confidence !== 'number' || !(e.confidence >= 0 && e.confidence <= 1)) {
      throw new RangeError(`[vitrine/ranker] record: dwell confidence must be in [0, 1], found ${JSON.stringify(e.confidence)}`)
    }
  }
}
