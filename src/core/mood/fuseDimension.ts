import { clampUnit } from './clampUnit'
import { PACKED } from './packedEvidence'

/** The fused result for one dimension, before mapping to the dimension's range. */
export interface DimensionFusion {
  /** Fused deviation from neutral, -1..1. */
  deviation: number
  confidence: number
  coverage: number
  agreement: number
  /** Σ weight·quality + prior: a signal moved the deviation by weight·quality·evidence / denominator. */
  denominator: number
}

// Scratch for the weighted median: (evidence, ω) of the signals present, sorted by evidence.
const sortedE = new Float64Array(PACKED.signals)
const sortedW = new Float64Array(PACKED.signals)

/**
 * Fuses dimension `d` (0 arousal, 1 valence, 2 attention) of packed evidence (see PACKED). With
 * ω = weight · quality per signal (quality clamped to 0..1; a non-finite quality or evidence counts
 * as missing) and e its evidence clamped to -1..1:
 * - deviation = Σ ω·e / (Σ ω + prior): a precision-weighted mean with a neutral prior, so missing
 *   signals (ω = 0) add nothing either way and no evidence at all gives exactly neutral;
 * - coverage = Σ ω / Σ weight: how much of what could speak here did, and at what quality;
 * - agreement = Σ ω·(1 − |e − median| / 2) / Σ ω, the median weighted by ω: each signal counts by
 *   how close it is to the consensus (a signal at the opposite end of the scale counts 0);
 * - confidence = coverage · agreement = Σ ω·(1 − |e − median| / 2) / Σ weight.
 * The median minimises Σ ω |e − c|, so adding a signal adds its ω to the confidence's numerator
 * and takes at most as much away: a missing signal never raises confidence.
 * Writes into `out` and returns it; allocates nothing.
 */
export function fuseDimension(evidence: Float64Array, weights: Float64Array, d: number, prior: number, out: DimensionFusion): DimensionFusion {
  let possible = 0
  let total = 0
  let sum = 0
  let n = 0
  for (let s = 0; s < PACKED.signals; s++) {
    const w = weights[s * PACKED.weightStride + d]!
    possible += w
    const q = evidence[s * PACKED.stride]!
    const raw = evidence[s * PACKED.stride + 1 + d]!
    if (!(q > 0) || !(w > 0) || !Number.isFinite(raw)) continue
    const omega = w * (q < 1 ? q : 1)
    const e = clampUnit(raw)
    total += omega
    sum += omega * e
    let j = n++ // insertion sort by evidence
    for (; j > 0 && sortedE[j - 1]! > e; j--) {
      sortedE[j] = sortedE[j - 1]!
      sortedW[j] = sortedW[j - 1]!
    }
    sortedE[j] = e
    sortedW[j] = omega
  }
  out.denominator = total + prior
  if (total === 0) {
    out.deviation = out.coverage = out.agreement = out.confidence = 0
    return out
  }
  let median = sortedE[n - 1]!
  for (let i = 0, cumulative = 0; i < n; i++) {
    cumulative += sortedW[i]!
    if (cumulative >= total / 2) {
      median = sortedE[i]!
      break
    }
  }
  let agreeing = 0
  for (let i = 0; i < n; i++) agreeing += sortedW[i]! * (1 - Math.abs(sortedE[i]! - median) / 2)
  out.deviation = clampUnit(sum / out.denominator)
  out.coverage = possible > 0 ? Math.min(1, total / possible) : 0
  out.agreement = agreeing / total
  out.confidence = out.coverage * out.agreement
  return out
}
