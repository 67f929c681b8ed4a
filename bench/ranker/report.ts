import type { Interval } from './stats'
import type { SimSummary } from './summarise'
import { TARGETS } from './targets'

const pct = (i: Interval) => `${i.estimate.toFixed(1)} % [${i.ciLow.toFixed(1)}, ${i.ciHigh.toFixed(1)}]`
const frac = (i: Interval) => `${i.estimate.toFixed(4)} [${i.ciLow.toFixed(4)}, ${i.ciHigh.toFixed(4)}]`
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS')

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n')
}

/** The human-readable report: per-policy figures, then each target with PASS/MISS. */
export function report(title: string, sim: SimSummary, timing: { p50: number; p95: number; cpuP50: number; cpuP95: number; ucbP50: number; ucbP95: number; ucbRank1Ms: number; ucbRebuildMs: number }, pass: Record<keyof typeof TARGETS, boolean>): string {
  const kit = sim.policies[sim.policies.length - 1]!
  const policyRows = [
    ['policy', 'CTR (95% CI)', 'share of oracle', 'Gini', 'Gini (evaluation sessions)', 'coverage'],
    ...sim.policies.map((p) => [p.name, frac(p.ctr), p.oracleFraction.estimate.toFixed(3), p.gini.toFixed(3), p.giniEval.toFixed(3), `${(100 * p.coverage).toFixed(0)} %`]),
    ['oracle', frac(sim.oracleCtr), '1', sim.oracleGini.toFixed(3), sim.oracleGiniEval.toFixed(3), `${(100 * sim.oracleCoverage).toFixed(0)} %`],
    ...(sim.informed ? [['informed reference (evaluation sessions only)', '', sim.informed.oracleFraction.estimate.toFixed(3), '', sim.informed.giniEval.toFixed(3), '']] : []),
  ]
  const targetRows = [
    ['figure', 'value', 'target', ''],
    ['lift vs context-free TS', pct(sim.liftVsContextFreeTs), TARGETS.liftVsContextFreeTs.text, verdict(pass.liftVsContextFreeTs)],
    ['lift vs popularity', pct(sim.liftVsPopularity), TARGETS.liftVsPopularity.text, verdict(pass.liftVsPopularity)],
    ['lift vs LinUCB without mood', pct(sim.liftVsLinUcb), '(what mood adds)', ''],
    ['lift vs random', pct(sim.liftVsRandom), '', ''],
    ['oracle fraction after the learning sessions', `${kit.oracleFraction.estimate.toFixed(3)} [${kit.oracleFraction.ciLow.toFixed(3)}, ${kit.oracleFraction.ciHigh.toFixed(3)}]`, TARGETS.oracleFraction.text, verdict(pass.oracleFraction)],
    ...(sim.informed ? [
      ['informed reference\'s share of the oracle (what the kit\'s inputs allow)', `${sim.informed.oracleFraction.estimate.toFixed(3)} [${sim.informed.oracleFraction.ciLow.toFixed(3)}, ${sim.informed.oracleFraction.ciHigh.toFixed(3)}]`, '', ''],
      ['kit\'s share of the informed reference', `${sim.informed.kitFraction.estimate.toFixed(3)} [${sim.informed.kitFraction.ciLow.toFixed(3)}, ${sim.informed.kitFraction.ciHigh.toFixed(3)}]`, '', ''],
    ] : []),
    ['interactions to recover 90 % after a mood shift', sim.recoveryInteractions === null ? 'not within the run' : String(sim.recoveryInteractions), TARGETS.recoveryInteractions.text, verdict(pass.recoveryInteractions)],
    ['Gini of shown items (kit)', kit.gini.toFixed(3), TARGETS.gini.text, verdict(pass.gini)],
    ['coverage of shown items (kit)', `${(100 * kit.coverage).toFixed(0)} %`, '', ''],
    ['update + rerank, 10k items, d = 32 (Thompson)', `p50 ${timing.p50.toFixed(3)} ms, p95 ${timing.p95.toFixed(3)} ms`, TARGETS.updateRerankMsP95.text, verdict(pass.updateRerankMsP95)],
    ['  the same, process CPU time (not inflated by a busy machine)', `p50 ${timing.cpuP50.toFixed(3)} ms, p95 ${timing.cpuP95.toFixed(3)} ms`, '', ''],
    ['update + rerank, 10k items, d = 32 (UCB option)', `p50 ${timing.ucbP50.toFixed(3)} ms, p95 ${timing.ucbP95.toFixed(3)} ms`, '', ''],
    ['UCB variance cache: rank-1 update vs rebuild', `${timing.ucbRank1Ms.toFixed(2)} ms vs ${timing.ucbRebuildMs.toFixed(0)} ms`, '(median, 10k items)', ''],
  ]
  const curve = sim.shiftRatioCurve.map((r) => r.toFixed(2)).join(' ')
  return `${title}\n\n${table(policyRows)}\n\n${table(targetRows)}\n\nkit/oracle CTR per interaction of the mood-shift sessions: ${curve}\n`
}
