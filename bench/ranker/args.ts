/** Command line of bench/ranker.bench.ts. */
export interface RankerBenchArgs {
  json: boolean
  help: boolean
  quick: boolean
  repetitions: number
  sessions: number
  seed: number
  /** Worker threads running repetitions side by side (1 = in this thread). */
  workers: number
}

/** Repetitions of the full run (the issue asks for at least 20). */
export const DEFAULT_REPETITIONS = 20
/** Learning sessions before the oracle fraction is measured. */
export const DEFAULT_SESSIONS = 2000
const QUICK_REPETITIONS = 6
const QUICK_SESSIONS = 600

export const USAGE = `npx tsx bench/ranker.bench.ts [options]   (or: npm run --silent bench:ranker -- [options])

  --json          print one JSON object of the figures (progress goes to stderr)
  --quick         ${QUICK_REPETITIONS} repetitions of ${QUICK_SESSIONS} sessions (a quick look, not the reported figures)
  --reps N        repetitions (default ${DEFAULT_REPETITIONS})
  --sessions N    learning sessions per repetition (default ${DEFAULT_SESSIONS})
  --seed N        first seed; repetition r uses seed + r (default 1)
  --workers N     worker threads (default 2; 1 runs in the main thread)`

export function parseArgs(argv: readonly string[]): RankerBenchArgs {
  const known = new Set(['--json', '--help', '-h', '--quick', '--reps', '--sessions', '--seed', '--workers'])
  for (const a of argv) if (a.startsWith('-') && !known.has(a)) throw new Error(`vitrine: unknown option ${a}\n\n${USAGE}`)
  const integer = (name: string, fallback: number, min: number): number => {
    const i = argv.indexOf(name)
    if (i < 0) return fallback
    const v = argv[i + 1]
    const n = Number(v)
    if (v === undefined || v.startsWith('--') || !Number.isInteger(n) || n < min) throw new Error(`vitrine: ${name} takes an integer >= ${min}, not ${v ?? 'nothing'}`)
    return n
  }
  const quick = argv.includes('--quick')
  return {
    json: argv.includes('--json'),
    help: argv.includes('--help') || argv.includes('-h'),
    quick,
    repetitions: integer('--reps', quick ? QUICK_REPETITIONS : DEFAULT_REPETITIONS, 2),
    sessions: integer('--sessions', quick ? QUICK_SESSIONS : DEFAULT_SESSIONS, 1),
    seed: integer('--seed', 1, 0),
    workers: integer('--workers', 2, 1),
  }
}
