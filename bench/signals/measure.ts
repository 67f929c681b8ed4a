import { percentile } from '../tryon/stats'

/** How a figure is timed: warm-up rounds (dropped), then timed rounds of `opsPerRound` calls each. */
export interface MeasureOptions {
  opsPerRound: number
  rounds: number
  warmupRounds: number
}

/** Per-call cost, microseconds: median and 95th percentile over the timed rounds. */
export interface Timing {
  usP50: number
  usP95: number
  rounds: number
  opsPerRound: number
}

/**
 * Times `round(ops)`, which must perform `ops` calls of the operation and return a number derived
 * from their results (summed into a sink so the work cannot be optimised away). Each round's time
 * is divided by its calls; rounds vary with GC and the other processes on the machine, hence the
 * median and p95 over rounds rather than a mean.
 */
export function measure(round: (ops: number) => number, options: MeasureOptions): Timing {
  const { opsPerRound, rounds, warmupRounds } = options
  const perCall: number[] = []
  let sink = 0
  for (let r = 0; r < warmupRounds + rounds; r++) {
    const t0 = process.hrtime.bigint()
    sink += round(opsPerRound)
    const ns = Number(process.hrtime.bigint() - t0)
    if (r >= warmupRounds) perCall.push(ns / 1000 / opsPerRound)
  }
  if (!Number.isFinite(sink)) throw new Error('vitrine bench: the timed work produced a non-finite checksum')
  return { usP50: percentile(perCall, 50)!, usP95: percentile(perCall, 95)!, rounds, opsPerRound }
}
