import { DIMENSION_SCALE } from './dimensionScale'
import type { MoodWeights } from './evidenceTypes'
import { type DimensionFusion, fuseDimension } from './fuseDimension'
import { packWeights } from './packedEvidence'
import type { MoodState, MoodValue } from './types'

const { arousal: A, valence: V, attention: T } = DIMENSION_SCALE

function write(target: MoodValue, neutral: number, halfRange: number, fused: DimensionFusion): void {
  target.value = neutral + halfRange * fused.deviation
  target.confidence = fused.confidence
}

/**
 * The fusion rule with its weights and prior bound once, for packed evidence (see `PACKED`): the
 * sampler's hot path, and what {@link fuseMood} runs. The rule is on `fuseDimension`. `fuse`
 * allocates nothing (the weights and prior live in this object rather than being passed per call,
 * since V8 boxes numbers passed to calls it does not inline).
 */
export class MoodFusion {
  private readonly weights: Float64Array
  private readonly prior: number
  private readonly scratch: DimensionFusion = { deviation: 0, confidence: 0, coverage: 0, agreement: 0, denominator: 0 }

  constructor(weights: Readonly<MoodWeights>, prior: number) {
    this.weights = packWeights(weights)
    this.prior = prior
  }

  /** Fuses packed evidence into `out` (stamped `atSec`) and returns it. */
  fuse(evidence: Float64Array, atSec: number, out: MoodState): MoodState {
    write(out.arousal, A.neutral, A.halfRange, fuseDimension(evidence, this.weights, 0, this.prior, this.scratch))
    write(out.valence, V.neutral, V.halfRange, fuseDimension(evidence, this.weights, 1, this.prior, this.scratch))
    write(out.attention, T.neutral, T.halfRange, fuseDimension(evidence, this.weights, 2, this.prior, this.scratch))
    out.atSec = atSec
    return out
  }
}
