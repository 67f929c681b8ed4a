/**
 * Off-policy evaluation of the kit's ranker on Open Bandit Dataset logs (see docs/core/evaluation.md).
 *
 *   npm run --silent evaluate -- --log FILE.csv --items FILE_items.csv [--json] [--draws N] [--warmup N] [--replicates N] [--seed N] [--permute-clicks N]
 *
 * Exit codes: 0 done, 1 malformed input file (the message names the line and column), 2 bad usage.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { DataFormatError } from '../src/core/evaluation/DataFormatError'
import { evaluateObd } from '../src/core/evaluation/evaluateObd'

const USAGE = `npm run --silent evaluate -- --log FILE.csv --items FILE_items.csv [options]

  --json            print one JSON object (n, loggingCtr, ips, snips, dr: { estimate, ciLow, ciHigh })
  --draws N         Thompson draws per row for the policy's probabilities (default 64)
  --warmup N        first N rows (in time order) train the model without being evaluated (default 0)
  --replicates N    bootstrap resamples per interval (default 1000)
  --seed N          seed of the policy's draws and of the bootstrap (default 1)
  --permute-clicks N  null run: shuffle the clicks among the rows first (seed N), same CTR, no signal`

function fail(message: string, code: number): never {
  console.error(message)
  process.exit(code)
}

const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
const known = new Set(['--log', '--items', '--json', '--draws', '--warmup', '--replicates', '--seed', '--permute-clicks'])
for (const a of argv) if (a.startsWith('-') && !known.has(a)) fail(`vitrine: unknown option ${a}\n\n${USAGE}`, 2)
const value = (name: string): string | undefined => {
  const i = argv.indexOf(name)
  if (i < 0) return undefined
  const v = argv[i + 1]
  if (v === undefined || v.startsWith('--')) fail(`vitrine: ${name} needs a value\n\n${USAGE}`, 2)
  return v
}
const integer = (name: string): number | undefined => {
  const v = value(name)
  if (v === undefined) return undefined
  if (!/^\d+$/.test(v)) fail(`vitrine: ${name} takes an integer >= 0, not ${v}`, 2)
  return Number(v)
}
const logFile = value('--log')
const itemsFile = value('--items')
if (!logFile || !itemsFile) fail(`vitrine: --log and --items are both required\n\n${USAGE}`, 2)
const read = (file: string): string => {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    return fail(`vitrine: cannot read ${file}: ${(error as Error).message}`, 2)
  }
}

const started = performance.now()
let result: ReturnType<typeof evaluateObd>
try {
  result = evaluateObd(read(logFile), read(itemsFile), { log: basename(logFile), items: basename(itemsFile) }, {
    draws: integer('--draws'), warmupRows: integer('--warmup'), replicates: integer('--replicates'), seed: integer('--seed'), permuteClicks: integer('--permute-clicks'),
  })
} catch (error) {
  if (error instanceof DataFormatError || error instanceof RangeError) fail(error.message, error instanceof DataFormatError ? 1 : 2)
  throw error
}
const seconds = (performance.now() - started) / 1000

if (argv.includes('--json')) {
  console.log(JSON.stringify({ log: logFile, items: itemsFile, ...result, seconds: Number(seconds.toFixed(1)) }, null, 2))
} else {
  const pct = (x: number) => `${(100 * x).toFixed(3)} %`
  const row = (name: string, e: { estimate: number; ciLow: number; ciHigh: number }) => `  ${name.padEnd(34)}${pct(e.estimate).padStart(10)}   [${pct(e.ciLow)}, ${pct(e.ciHigh)}]`
  console.log([
    `Off-policy evaluation of the kit's ranker on ${logFile} (${result.n} rows evaluated, progressive validation, ${seconds.toFixed(0)} s)${argv.includes('--permute-clicks') ? ' -- NULL RUN: clicks permuted among the rows' : ''}`,
    '',
    `  logging policy, observed CTR       ${pct(result.loggingCtr).padStart(10)}`,
    row("kit's policy, IPS", result.ips),
    row("kit's policy, SNIPS", result.snips),
    row("kit's policy, DR", result.dr),
    '',
    `  95 % percentile bootstrap intervals. Importance weights: mean ${result.meanWeight.toFixed(3)}, effective sample size ${result.effectiveSampleSize.toFixed(0)} of ${result.n}.`,
    `  SNIPS ${result.snips.estimate >= result.loggingCtr ? '>=' : '<'} the logging CTR.`,
  ].join('\n'))
}
