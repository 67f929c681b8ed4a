/**
 * Ranker benchmark: a simulated shop (bench/ranker/world.ts, shopper.ts, worldParameters.ts) where
 * hidden tastes shift with mood, readings are noisy and clicks have position bias. Runs random,
 * popularity, context-free Thompson sampling, LinUCB without mood and the kit's ranker in lockstep
 * over the same shoppers, with fixed seeds, and times update + rerank on 10,000 items at d = 32.
 * A benchmark reports: it exits 0 whether targets pass or miss.
 *
 *   npx tsx bench/ranker.bench.ts [--json] [--quick] [--reps N] [--sessions N] [--seed N] [--workers N]
 */
import { cpus, loadavg } from 'node:os'
import { parseArgs, USAGE } from './ranker/args'
import { report } from './ranker/report'
import { runRepetitions } from './ranker/runRepetitions'
import type { RunShape } from './ranker/runRepetition'
import { summarise } from './ranker/summarise'
import { TARGETS, verdicts } from './ranker/targets'
import { timeUcbCache, timeUpdateRerank, TIMED_DIMENSION, TIMED_ITEMS } from './ranker/timing'

/** Interactions (slates shown) per ordinary session and the slate size. */
const INTERACTIONS_PER_SESSION = 6
const SLATE_SIZE = 5
/** Sessions after the learning ones in which the oracle fraction is measured. */
const EVAL_SESSIONS = 200
/** Mood-shift sessions: long enough to see 20 interactions after the shift. */
const SHIFT_SESSIONS = 60
const SHIFT_AT = 4
const SHIFT_INTERACTIONS = SHIFT_AT + 21

const args = (() => {
  try {
    return parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
})()
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
const log = (line: string) => process.stderr.write(`${line}\n`)
const loadAtStart = Number(loadavg()[0]!.toFixed(2))
if (loadAtStart > 0.75 * cpus().length) log(`note: load average ${loadAtStart} before start: something else is using the CPU, timings will be off`)

const shape: RunShape = {
  sessions: args.sessions, evalSessions: EVAL_SESSIONS, interactions: INTERACTIONS_PER_SESSION,
  shiftSessions: SHIFT_SESSIONS, shiftInteractions: SHIFT_INTERACTIONS, shiftAt: SHIFT_AT, slateSize: SLATE_SIZE, informedReference: true,
}
const started = performance.now()
log(`timing update + rerank on ${TIMED_ITEMS} items, d = ${TIMED_DIMENSION}`)
const thompson = timeUpdateRerank('thompson', args.seed)
const ucb = timeUpdateRerank('ucb', args.seed)
const ucbCache = timeUcbCache(args.seed)
const seeds = Array.from({ length: args.repetitions }, (_, r) => args.seed + r)
log(`simulating ${args.repetitions} repetitions of ${args.sessions} + ${EVAL_SESSIONS} sessions (+ ${SHIFT_SESSIONS} mood-shift sessions) on ${args.workers} worker(s)`)
const reps = await runRepetitions(seeds, shape, args.workers, (done) => log(`  repetition ${done}/${args.repetitions} (${((performance.now() - started) / 1000).toFixed(0)} s)`))
const sim = summarise(reps, shape)
const kit = sim.policies[sim.policies.length - 1]!
const figures = {
  liftVsContextFreeTs: sim.liftVsContextFreeTs,
  liftVsPopularity: sim.liftVsPopularity,
  liftVsLinUcbWithoutMood: sim.liftVsLinUcb,
  liftVsRandom: sim.liftVsRandom,
  oracleFraction: kit.oracleFraction.estimate,
  oracleFractionCi: { ciLow: kit.oracleFraction.ciLow, ciHigh: kit.oracleFraction.ciHigh },
  recoveryInteractions: sim.recoveryInteractions,
  gini: kit.gini,
  giniEval: kit.giniEval,
  coverage: kit.coverage,
  informedReferenceOracleFraction: sim.informed?.oracleFraction ?? null,
  kitShareOfInformedReference: sim.informed?.kitFraction ?? null,
  updateRerankMsP50: thompson.p50,
  updateRerankMsP95: thompson.p95,
  updateRerankCpuMsP50: thompson.cpuP50,
  updateRerankCpuMsP95: thompson.cpuP95,
  ucbUpdateRerankMsP50: ucb.p50,
  ucbUpdateRerankMsP95: ucb.p95,
  ucbCacheRank1UpdateMs: ucbCache.rank1Ms,
  ucbCacheRebuildMs: ucbCache.rebuildMs,
}
const pass = verdicts(figures)
const loadAtEnd = Number(loadavg()[0]!.toFixed(2))
const seconds = (performance.now() - started) / 1000
if (args.json) {
  console.log(JSON.stringify({
    ...figures,
    policies: Object.fromEntries(sim.policies.map((p) => [p.name, { ctr: p.ctr, oracleFraction: p.oracleFraction.estimate, gini: p.gini, giniEval: p.giniEval, coverage: p.coverage }])),
    oracleCtr: sim.oracleCtr,
    oracleGini: sim.oracleGini,
    oracleCoverage: sim.oracleCoverage,
    oracleGiniEval: sim.oracleGiniEval,
    informedReferenceGiniEval: sim.informed?.giniEval ?? null,
    shiftRatioCurve: sim.shiftRatioCurve,
    targets: Object.fromEntries(Object.entries(TARGETS).map(([k, t]) => [k, { target: t.text, pass: pass[k as keyof typeof TARGETS] }])),
    run: { repetitions: args.repetitions, seeds, ...shape, timedItems: TIMED_ITEMS, timedDimension: TIMED_DIMENSION, seconds: Number(seconds.toFixed(1)) },
    machine: { cpus: cpus().length, loadAvg1mAtStart: loadAtStart, loadAvg1mAtEnd: loadAtEnd },
  }, null, 2))
} else {
  const title = [
    `Vitrine ranker benchmark: ${args.repetitions} repetitions (seeds ${seeds[0]}..${seeds[seeds.length - 1]}), ${args.sessions} learning + ${EVAL_SESSIONS} evaluation sessions of`,
    `${INTERACTIONS_PER_SESSION} slates of ${SLATE_SIZE}, ${SHIFT_SESSIONS} mood-shift sessions; ${cpus().length} cores, load ${loadAtStart} before / ${loadAtEnd} after; ${seconds.toFixed(0)} s.`,
    'CTR = expected try-on probability per slate shown. Lifts are paired over repetitions (mean of per-repetition lifts, t interval).',
  ].join('\n')
  console.log(report(title, sim, { p50: thompson.p50, p95: thompson.p95, cpuP50: thompson.cpuP50, cpuP95: thompson.cpuP95, ucbP50: ucb.p50, ucbP95: ucb.p95, ucbRank1Ms: ucbCache.rank1Ms, ucbRebuildMs: ucbCache.rebuildMs }, pass))
}
