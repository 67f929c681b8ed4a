import { createMoodState } from './createMoodState'
import type { MoodEvidence, MoodWeights } from './evidenceTypes'
import { MoodFusion } from './MoodFusion'
import { MOOD_PRIOR_WEIGHT } from './moodDefaults'
import { PACKED, packEvidence } from './packedEvidence'
import type { MoodState } from './types'

const packed = new Float64Array(PACKED.signals * PACKED.stride)

/**
 * Fuses per-signal evidence into a {@link MoodState}: per dimension, the quality-weighted mean of
 * the signals' evidence with a neutral prior of weight `prior`, and a confidence from coverage and
 * agreement (the rule is spelled out on `fuseDimension` and in docs/core/mood.md), mapped onto the
 * dimension's range. Writes into `out` (a new state when omitted) and returns it. Meant for tests,
 * docs and one-off use: it allocates a little per call, where `MoodSampler` allocates nothing.
 */
export function fuseMood(
  evidence: Readonly<MoodEvidence>,
  weights: Readonly<MoodWeights>,
  atSec: number,
  out: MoodState = createMoodState(),
  prior: number = MOOD_PRIOR_WEIGHT,
): MoodState {
  return new MoodFusion(weights, prior).fuse(packEvidence(evidence, packed), atSec, out)
}
