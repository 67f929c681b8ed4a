/** Options of `bench/kiosk.bench.ts`. */
export interface KioskBenchArgs {
  json: boolean
  /** Simulated sessions for the heap figure (≥ 2). Default 50. */
  sessions: number
  /** Warm launches timed (the kiosk already installed, as after a power cut). Default 3. */
  warmRuns: number
  help: boolean
}

export const USAGE = `Kiosk benchmark: launcher start → attract loop (cold and warm), and the JS heap after 1 and after N sessions.

  npx tsx bench/kiosk.bench.ts [--json] [--sessions N] [--warm-runs N]

  --json          one JSON object on stdout (progress on stderr)
  --sessions N    simulated sessions (start, consent, a product switch, wipe); default 50, at least 2
  --warm-runs N   warm launches to time (median reported); default 3, at least 1`

function whole(name: string, raw: string | undefined, min: number): number {
  const value = Number(raw)
  if (raw === undefined || !Number.isInteger(value) || value < min) throw new Error(`vitrine: ${name} takes a whole number ≥ ${min}, got '${raw ?? ''}'`)
  return value
}

/** Parses the command line; throws an Error with a clear message on bad input. */
export function parseKioskArgs(argv: readonly string[]): KioskBenchArgs {
  const args: KioskBenchArgs = { json: false, sessions: 50, warmRuns: 3, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') args.json = true
    else if (arg === '--help' || arg === '-h') args.help = true
    else if (arg === '--sessions') args.sessions = whole('--sessions', argv[++i], 2)
    else if (arg === '--warm-runs') args.warmRuns = whole('--warm-runs', argv[++i], 1)
    else throw new Error(`vitrine: unknown option '${arg}'\n\n${USAGE}`)
  }
  return args
}
