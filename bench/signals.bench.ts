/**
 * Signals and mood benchmark, pure core in Node: Heart Rate Measurement parse throughput, HRV
 * window update, gaze dwell update with 12 tiles, expression update, mood fusion sample, and what
 * a whole session of signals costs per second. Fixed seed, warm-up rounds, medians and p95 over
 * rounds. A benchmark reports: it exits 0 whatever the figures.
 *
 *   npx tsx bench/signals.bench.ts [--json] [--rounds N] [--seed N]
 *
 * --json prints one JSON object on stdout and nothing else.
 */
import { cpus, loadavg } from 'node:os'
import { runSignalTimings } from './signals/figures'
import { summarise, table } from './signals/report'

const USAGE = `npx tsx bench/signals.bench.ts [--json] [--rounds N] [--seed N]

  --json       print one JSON object of the figures and nothing else on stdout
  --rounds N   timed rounds per figure after the warm-up (default 40)
  --seed N     seed of the generated packets, beats, gaze and faces (default 20260405)`

/** Warm-up rounds per figure, dropped: lets V8 optimise the code before it is timed. */
const WARMUP_ROUNDS = 5

function option(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name)
  if (i < 0) return fallback
  const value = Number(argv[i + 1])
  if (!Number.isInteger(value) || value < 1) {
    console.error(`vitrine: ${name} needs a positive whole number, got ${String(argv[i + 1])}\n\n${USAGE}`)
    process.exit(2)
  }
  return value
}

const argv = process.argv.slice(2)
if (argv.includes('--help')) {
  console.log(USAGE)
  process.exit(0)
}
const unknown = argv.find((a, i) => a.startsWith('--') && !['--json', '--rounds', '--seed', '--help'].includes(a) && !['--rounds', '--seed'].includes(argv[i - 1] ?? ''))
if (unknown) {
  console.error(`vitrine: unknown option ${unknown}\n\n${USAGE}`)
  process.exit(2)
}
const json = argv.includes('--json')
const rounds = option(argv, '--rounds', 40)
const seed = option(argv, '--seed', 20260405)

const load = Number(loadavg()[0]!.toFixed(2))
if (load > 0.75 * cpus().length) process.stderr.write(`note: load average ${load} before start: something else is using the CPU, figures will be off\n`)
const started = process.hrtime.bigint()
const timings = runSignalTimings(seed, rounds, WARMUP_ROUNDS)
const elapsedSec = Number(process.hrtime.bigint() - started) / 1e9
const summary = summarise(timings, {
  seed, rounds, warmupRounds: WARMUP_ROUNDS, elapsedSec,
  machine: { cpus: cpus().length, node: process.version, loadAvg1mAtStart: load, loadAvg1mAtEnd: Number(loadavg()[0]!.toFixed(2)) },
})
process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${table(summary)}\n`)
