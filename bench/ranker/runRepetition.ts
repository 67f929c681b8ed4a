import { mulberry32 } from '../../src/core/random/mulberry32'
import { InformedReference } from './informedReference'
import type { SimPolicy } from './policies/SimPolicy'
import { attraction, drawShopper } from './shopper'
import type { World } from './world'
import { EXAMINATION_BY_POSITION, EXPLICIT_SKIP_PROBABILITY, SHIFT_SHARE } from './worldParameters'

/** The shape of one repetition. */
export interface RunShape {
  /** Learning sessions, then evaluation sessions (oracle fraction), then mood-shift sessions (recovery). */
  sessions: number
  evalSessions: number
  interactions: number
  shiftSessions: number
  shiftInteractions: number
  /** Interaction index of the calm ↔ excited jump in shift sessions. */
  shiftAt: number
  slateSize: number
  /** Also run the informed reference in the evaluation sessions. */
  informedReference?: boolean
}

/** What one policy did in one repetition. */
export interface PolicyRun {
  name: string
  /** Mean expected try-on probability per interaction over learning + evaluation sessions. */
  ctr: number
  /** The same over the evaluation sessions only. */
  ctrEval: number
  /** Times each item was shown (learning + evaluation sessions). */
  impressions: Float64Array
  /** The same, evaluation sessions only. */
  impressionsEval: Float64Array
  /** Mean expected CTR at each interaction of the mood-shift sessions (the shift is before `shiftAt`). */
  shiftCurve: Float64Array
}

// Module-level copies: imported bindings may compile to getter calls inside hot loops.
const EXAMINATION = EXAMINATION_BY_POSITION
const SKIP_PROBABILITY = EXPLICIT_SKIP_PROBABILITY

/** The oracle as a pseudo-policy: it knows the true attraction and shows the best items. */
const ORACLE = 'oracle'
/** Name of the informed reference's run (evaluation sessions only, after the oracle's: read its `ctrEval`, not `ctr`). */
export const INFORMED_REFERENCE = 'informed reference'

/**
 * Runs every policy (plus the oracle) in lockstep through the same shoppers, so comparisons are
 * paired: the same shopper, the same mood path and readings, at the same interaction, for all. Only
 * the clicks differ (each policy has its own click stream, and its own slates). The CTR counted is
 * the expected one given the slate (1 − Π(1 − examination·attraction)), which removes click noise
 * from the comparison; the policies learn from sampled clicks and skips. With
 * `shape.informedReference`, the informed reference (informedReference.ts) runs too, in the
 * evaluation sessions only (it needs no learning sessions), as the run after the oracle's.
 */
export function runRepetition(world: World, policies: readonly SimPolicy[], shape: RunShape, seed: number): PolicyRun[] {
  const { items } = world
  const n = items.length
  const reference = shape.informedReference ? new InformedReference(items) : null
  const names = [...policies.map((p) => p.name), ORACLE, ...(reference ? [INFORMED_REFERENCE] : [])]
  const oracleIndex = policies.length
  const runs: PolicyRun[] = names.map((name) => ({ name, ctr: 0, ctrEval: 0, impressions: new Float64Array(n), impressionsEval: new Float64Array(n), shiftCurve: new Float64Array(shape.shiftInteractions) }))
  const clickStreams = names.map((_, k) => mulberry32(seed * 7919 + k + 1))
  const acted = names.map(() => new Uint8Array(n))
  const attr = new Float64Array(n)
  const slate = new Int32Array(shape.slateSize)
  const sessionRandom = mulberry32(seed ^ 0x51ab)
  const total = shape.sessions + shape.evalSessions + shape.shiftSessions
  for (let s = 0; s < total; s++) {
    const phase = s < shape.sessions ? 'learn' : s < shape.sessions + shape.evalSessions ? 'eval' : 'shift'
    const interactions = phase === 'shift' ? shape.shiftInteractions : shape.interactions
    const randomShift = sessionRandom() < SHIFT_SHARE ? 2 + Math.floor(sessionRandom() * (interactions - 3)) : -1
    const shiftAt = phase === 'shift' ? shape.shiftAt : randomShift
    const shopper = drawShopper((seed * 1_000_003 + s) >>> 0, items, interactions, shiftAt)
    const start = { statedStyles: shopper.statedStyles, statedBudgetEur: shopper.statedBudgetEur }
    for (const p of policies) p.startSession(start)
    if (reference && phase === 'eval') reference.startSession(shopper)
    for (const a of acted) a.fill(0)
    for (let t = 0; t < interactions; t++) {
      attraction(shopper, items, t, attr)
      for (let k = 0; k < names.length; k++) {
        if (k > oracleIndex && phase !== 'eval') continue
        const policy = k < oracleIndex ? policies[k] : k > oracleIndex ? reference! : undefined
        const count = k < oracleIndex ? policies[k]!.slate(shopper.observed[t]!, acted[k]!, slate)
          : k > oracleIndex ? reference!.slate(t, acted[k]!, slate) : oracleSlate(attr, acted[k]!, slate)
        const ctr = expectedClick(attr, slate, count)
        const run = runs[k]!
        if (phase === 'shift') {
          run.shiftCurve[t]! += ctr / shape.shiftSessions
        } else {
          run.ctr += ctr
          for (let p = 0; p < count; p++) run.impressions[slate[p]!]!++
          if (phase === 'eval') {
            run.ctrEval += ctr
            for (let p = 0; p < count; p++) run.impressionsEval[slate[p]!]!++
          }
        }
        respond(attr, slate, count, clickStreams[k]!, acted[k]!, policy)
      }
    }
  }
  for (const run of runs) {
    run.ctr /= (shape.sessions + shape.evalSessions) * shape.interactions
    run.ctrEval /= shape.evalSessions * shape.interactions
  }
  return runs
}

/** P(at least one try-on) for a slate under the position-based examination model. */
function expectedClick(attr: Float64Array, slate: Int32Array, count: number): number {
  let none = 1
  for (let p = 0; p < count; p++) none *= 1 - EXAMINATION[p]! * attr[slate[p]!]!
  return 1 - none
}

/** The shopper scans top-down: looks at each position with its examination probability, tries on the first attractive one (and stops), swipes some others away. */
function respond(attr: Float64Array, slate: Int32Array, count: number, random: () => number, acted: Uint8Array, policy: Pick<SimPolicy, 'record'> | undefined): void {
  for (let p = 0; p < count; p++) {
    if (random() >= EXAMINATION[p]!) continue
    const item = slate[p]!
    if (random() < attr[item]!) {
      acted[item] = 1
      policy?.record('tryOn', item)
      return
    }
    if (random() < SKIP_PROBABILITY) {
      acted[item] = 1
      policy?.record('skip', item)
    }
  }
}

/** The best items by true attraction, best first (optimal under position-based examination). */
function oracleSlate(attr: Float64Array, acted: Uint8Array, out: Int32Array): number {
  let filled = 0
  for (; filled < out.length; filled++) {
    let best = -1
    for (let i = 0; i < attr.length; i++) {
      if (acted[i]) continue
      let taken = false
      for (let q = 0; q < filled && !taken; q++) taken = out[q] === i
      if (!taken && (best < 0 || attr[i]! > attr[best]!)) best = i
    }
    if (best < 0) break
    out[filled] = best
  }
  return filled
}
