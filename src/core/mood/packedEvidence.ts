import type { MoodEvidence, MoodWeights, SignalEvidence } from './evidenceTypes'
import { MOOD_SIGNALS } from './moodKeys'

/**
 * The hot path's evidence layout: one row of 4 numbers per signal in MOOD_SIGNALS order
 * (quality, arousal, valence, attention), so fusion indexes a typed array instead of looking up
 * property names that vary (which is slow and boxes numbers). Weights: one row of 3 per signal
 * (arousal, valence, attention). Dimension d (MOOD_DIMENSIONS order) is column d + 1 of evidence.
 */
export const PACKED = Object.freeze({ stride: 4, quality: 0, weightStride: 3, signals: MOOD_SIGNALS.length })

function packSignal(e: Readonly<SignalEvidence>, out: Float64Array, row: number): void {
  out[row] = e.quality
  out[row + 1] = e.arousal
  out[row + 2] = e.valence
  out[row + 3] = e.attention
}

function unpackSignal(packed: Float64Array, row: number, out: SignalEvidence): void {
  out.quality = packed[row]!
  out.arousal = packed[row + 1]!
  out.valence = packed[row + 2]!
  out.attention = packed[row + 3]!
}

/** Copies `evidence` into `out` (length 20) in the packed layout; allocates nothing. */
export function packEvidence(evidence: Readonly<MoodEvidence>, out: Float64Array): Float64Array {
  packSignal(evidence.heartRate, out, 0)
  packSignal(evidence.hrv, out, 4)
  packSignal(evidence.expression, out, 8)
  packSignal(evidence.gaze, out, 12)
  packSignal(evidence.behaviour, out, 16)
  return out
}

/** Copies packed evidence back into `out`. */
export function unpackEvidence(packed: Float64Array, out: MoodEvidence): MoodEvidence {
  unpackSignal(packed, 0, out.heartRate)
  unpackSignal(packed, 4, out.hrv)
  unpackSignal(packed, 8, out.expression)
  unpackSignal(packed, 12, out.gaze)
  unpackSignal(packed, 16, out.behaviour)
  return out
}

/** The weights in the packed layout, into `out` (a new array when omitted). */
export function packWeights(weights: Readonly<MoodWeights>, out: Float64Array = new Float64Array(MOOD_SIGNALS.length * 3)): Float64Array {
  for (let i = 0; i < MOOD_SIGNALS.length; i++) {
    const row = weights[MOOD_SIGNALS[i]!]
    out[i * 3] = row.arousal
    out[i * 3 + 1] = row.valence
    out[i * 3 + 2] = row.attention
  }
  return out
}
