import type { MoodState } from '../mood/types'

/** Hours per time-of-day bucket: night 0–6, morning 6–12, afternoon 12–18, evening 18–24. */
const HOURS_PER_BUCKET = 6
const BUCKETS_PER_DAY = 4
/** Time of day enters at this weight (mood values span [-1, 1], buckets a circle of this radius). */
const TIME_OF_DAY_WEIGHT = 0.5

/** Time-of-day bucket 0..3 of an hour 0..24, or -1 when unknown. */
export function timeOfDayBucket(hourOfDay: number | null): number {
  if (hourOfDay === null || !(hourOfDay >= 0 && hourOfDay < 24)) return -1
  return Math.floor(hourOfDay / HOURS_PER_BUCKET)
}

/**
 * The context vector c (CONTEXT_DIMENSION entries) the item vector is crossed with:
 * [1, arousal, valence, attention, time sin, time cos]. Each mood value is centred (neutral → 0),
 * scaled to [-1, 1] and multiplied by its confidence and `moodWeight`, so an unconfident or
 * absent signal contributes nothing rather than a guess. The time-of-day bucket is placed on a
 * circle (its centre angle) so night neighbours evening. Writes into `out`, allocates nothing.
 */
export function writeContext(mood: MoodState, hourOfDay: number | null, moodWeight: number, out: Float64Array): Float64Array {
  out[0] = 1
  out[1] = moodWeight * clampUnit(2 * (mood.arousal.value - 0.5)) * clamp01(mood.arousal.confidence)
  out[2] = moodWeight * clampUnit(mood.valence.value) * clamp01(mood.valence.confidence)
  out[3] = moodWeight * clampUnit(2 * (mood.attention.value - 0.5)) * clamp01(mood.attention.confidence)
  const bucket = timeOfDayBucket(hourOfDay)
  if (bucket < 0) {
    out[4] = 0
    out[5] = 0
  } else {
    const angle = (2 * Math.PI * (bucket + 0.5)) / BUCKETS_PER_DAY
    out[4] = TIME_OF_DAY_WEIGHT * Math.sin(angle)
    out[5] = TIME_OF_DAY_WEIGHT * Math.cos(angle)
  }
  return out
}

function clampUnit(v: number): number {
  return Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0
}
