import { POLICY_NAMES } from './buildPolicies'
import type { PolicyRun, RunShape } from './runRepetition'
import { coverage, gini, meanInterval, pairedLift, recoveryInteractions, type Interval } from './stats'

/** Per-policy figures over all repetitions. */
export interface PolicySummary {
  name: string
  ctr: Interval
  /** Kit's CTR / oracle's CTR, per repetition, in the evaluation sessions after the learning ones. */
  oracleFraction: Interval
  gini: number
  coverage: number
  /** Gini of what was shown in the evaluation sessions only (the window of the oracle fraction). */
  giniEval: number
}

export interface SimSummary {
  policies: PolicySummary[]
  oracleCtr: Interval
  oracleGini: number
  oracleCoverage: number
  oracleGiniEval: number
  /** The informed reference (informedReference.ts), when it ran: its share of the oracle, the kit's share of it, its Gini (evaluation sessions). */
  informed: { oracleFraction: Interval; kitFraction: Interval; giniEval: number } | null
  liftVsRandom: Interval
  liftVsPopularity: Interval
  liftVsContextFreeTs: Interval
  liftVsLinUcb: Interval
  /** Mean over shift sessions of the kit's CTR / oracle CTR at each interaction (the shift is before `shiftAt`). */
  shiftRatioCurve: number[]
  recoveryInteractions: number | null
}

/** Folds the repetitions (each a list of runs in POLICY_NAMES order, then the oracle, then the informed reference when it ran) into the reported figures. */
export function summarise(reps: readonly PolicyRun[][], shape: RunShape): SimSummary {
  const column = (k: number, pick: (r: PolicyRun) => number) => reps.map((runs) => pick(runs[k]!))
  const oracle = POLICY_NAMES.length
  const kit = POLICY_NAMES.length - 1
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length
  const policies = POLICY_NAMES.map((name, k) => ({
    name,
    ctr: meanInterval(column(k, (r) => r.ctr)),
    oracleFraction: meanInterval(reps.map((runs) => runs[k]!.ctrEval / runs[oracle]!.ctrEval)),
    gini: mean(column(k, (r) => gini(r.impressions))),
    coverage: mean(column(k, (r) => coverage(r.impressions))),
    giniEval: mean(column(k, (r) => gini(r.impressionsEval))),
  }))
  const informed = reps[0]!.length > oracle + 1
    ? {
        oracleFraction: meanInterval(reps.map((runs) => runs[oracle + 1]!.ctrEval / runs[oracle]!.ctrEval)),
        kitFraction: meanInterval(reps.map((runs) => runs[kit]!.ctrEval / runs[oracle + 1]!.ctrEval)),
        giniEval: mean(column(oracle + 1, (r) => gini(r.impressionsEval))),
      }
    : null
  const kitCtr = column(kit, (r) => r.ctr)
  const curve = new Float64Array(shape.shiftInteractions)
  const oracleCurve = new Float64Array(shape.shiftInteractions)
  for (const runs of reps) {
    for (let t = 0; t < shape.shiftInteractions; t++) {
      curve[t]! += runs[kit]!.shiftCurve[t]! / reps.length
      oracleCurve[t]! += runs[oracle]!.shiftCurve[t]! / reps.length
    }
  }
  return {
    policies,
    oracleCtr: meanInterval(column(oracle, (r) => r.ctr)),
    oracleGini: mean(column(oracle, (r) => gini(r.impressions))),
    oracleCoverage: mean(column(oracle, (r) => coverage(r.impressions))),
    oracleGiniEval: mean(column(oracle, (r) => gini(r.impressionsEval))),
    informed,
    liftVsRandom: pairedLift(kitCtr, column(0, (r) => r.ctr)),
    liftVsPopularity: pairedLift(kitCtr, column(1, (r) => r.ctr)),
    liftVsContextFreeTs: pairedLift(kitCtr, column(2, (r) => r.ctr)),
    liftVsLinUcb: pairedLift(kitCtr, column(3, (r) => r.ctr)),
    shiftRatioCurve: Array.from(curve, (c, t) => c / oracleCurve[t]!),
    recoveryInteractions: recoveryInteractions(curve, oracleCurve, shape.shiftAt),
  }
}
