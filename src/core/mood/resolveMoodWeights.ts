import type { MoodDimension, MoodSignal, MoodWeights } from './evidenceTypes'
import { MOOD_DIMENSIONS, MOOD_SIGNALS } from './moodKeys'
import { DEFAULT_MOOD_WEIGHTS } from './moodWeights'

/** Weight overrides: any signal, any dimension; the rest keep their defaults. */
export type MoodWeightOverrides = Partial<Record<MoodSignal, Partial<Record<MoodDimension, number>>>>

/**
 * The default weights with `overrides` applied, as a new frozen table. Throws a RangeError naming
 * the entry for an unknown signal or dimension, or a weight that is not a finite number ≥ 0.
 */
export function resolveMoodWeights(overrides: MoodWeightOverrides = {}): Readonly<MoodWeights> {
  for (const signal of Object.keys(overrides)) {
    if (!(MOOD_SIGNALS as readonly string[]).includes(signal)) {
      throw new RangeError(`[vitrine/mood] weights: unknown signal "${signal}" (expected one of ${MOOD_SIGNALS.join(', ')})`)
    }
    for (const dimension of Object.keys(overrides[signal as MoodSignal] ?? {})) {
      if (!(MOOD_DIMENSIONS as readonly string[]).includes(dimension)) {
        throw new RangeError(`[vitrine/mood] weights.${signal}: unknown dimension "${dimension}" (expected one of ${MOOD_DIMENSIONS.join(', ')})`)
      }
    }
  }
  const out = {} as MoodWeights
  for (const signal of MOOD_SIGNALS) {
    const row = {} as Record<MoodDimension, number>
    for (const dimension of MOOD_DIMENSIONS) {
      const w = overrides[signal]?.[dimension] ?? DEFAULT_MOOD_WEIGHTS[signal][dimension]
      if (!(typeof w === 'number' && Number.isFinite(w) && w >= 0)) {
        throw new RangeError(`[vitrine/mood] weights.${signal}.${dimension}: need a finite number >= 0, got ${String(w)}`)
      }
      row[dimension] = w
    }
    out[signal] = Object.freeze(row)
  }
  return Object.freeze(out)
}
