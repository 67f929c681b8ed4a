import { clampUnit } from './clampUnit'
import { DIMENSION_SCALE } from './dimensionScale'
import type { DimensionExplanation, MoodEvidence, MoodExplanation, MoodSignal, MoodWeights, SignalContribution } from './evidenceTypes'
import { fuseDimension } from './fuseDimension'
import { MOOD_DIMENSIONS, MOOD_SIGNALS } from './moodKeys'
import { MOOD_PRIOR_WEIGHT } from './moodDefaults'
import { PACKED, packEvidence, packWeights } from './packedEvidence'

/**
 * Explains the state {@link fuseMood} makes of the same evidence: per dimension, each signal's
 * weight, quality, evidence and contribution, with `value = neutral + Σ contribution` (up to
 * rounding). For docs, tests and debugging only: numbers, never labels, never shown to shoppers.
 * Allocates.
 */
export function explainMood(evidence: Readonly<MoodEvidence>, weights: Readonly<MoodWeights>, prior: number = MOOD_PRIOR_WEIGHT): MoodExplanation {
  const packed = packEvidence(evidence, new Float64Array(PACKED.signals * PACKED.stride))
  const packedWeights = packWeights(weights)
  const out = {} as MoodExplanation
  MOOD_DIMENSIONS.forEach((dimension, d) => {
    const fused = fuseDimension(packed, packedWeights, d, prior, { deviation: 0, confidence: 0, coverage: 0, agreement: 0, denominator: 0 })
    const { neutral, halfRange } = DIMENSION_SCALE[dimension]
    const contributions = {} as Record<MoodSignal, SignalContribution>
    MOOD_SIGNALS.forEach((signal, s) => {
      const weight = packedWeights[s * PACKED.weightStride + d]!
      const q = packed[s * PACKED.stride]!
      const raw = packed[s * PACKED.stride + 1 + d]!
      const usable = q > 0 && weight > 0 && Number.isFinite(raw)
      const quality = usable ? Math.min(1, q) : 0
      const e = usable ? clampUnit(raw) : 0
      const contribution = usable ? (halfRange * weight * quality * e) / fused.denominator : 0
      contributions[signal] = { weight, quality, evidence: e, contribution }
    })
    const explanation: DimensionExplanation = {
      value: neutral + halfRange * fused.deviation,
      confidence: fused.confidence,
      neutral,
      coverage: fused.coverage,
      agreement: fused.agreement,
      contributions,
    }
    out[dimension] = explanation
  })
  return out
}
