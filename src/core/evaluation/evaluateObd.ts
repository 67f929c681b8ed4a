import { mulberry32 } from '../random/mulberry32'
import { bootstrapInterval, type Estimate } from './bootstrapInterval'
import { doublyRobust, ips, snips } from './estimators'
import { readObdItems } from './readObdItems'
import { readObdLog } from './readObdLog'
import { runKitPolicy, type KitPolicyOptions } from './runKitPolicy'

/** Bootstrap resamples behind each interval. */
export const DEFAULT_BOOTSTRAP_REPLICATES = 1000

export interface ObdEvaluation {
  /** Rows evaluated (after any warm-up). */
  n: number
  /** Clicks / rows of the evaluated rows: the logging policy's observed CTR. */
  loggingCtr: number
  ips: Estimate
  snips: Estimate
  dr: Estimate
  /** Effective sample size of the importance weights, (Σw)²/Σw². */
  effectiveSampleSize: number
  /** Mean importance weight (≈ 1 when the propensities are right). */
  meanWeight: number
}

/**
 * Off-policy evaluation of the kit's ranker on an Open Bandit Dataset log: reads the items and log
 * CSV texts (throwing a `DataFormatError` with line and column on a malformed file), runs the
 * kit's policy by progressive validation and estimates its CTR by IPS, SNIPS and DR, each with a
 * 95 % percentile bootstrap interval. Pure: texts in, figures out. With `permuteClicks` (a seed),
 * the clicks are first shuffled among the rows (Fisher–Yates): the same click rate with any link
 * between context, item and click removed, a null run showing how far the estimates move on noise.
 */
export function evaluateObd(logText: string, itemsText: string, files: { log: string; items: string },
  options: KitPolicyOptions & { replicates?: number; permuteClicks?: number } = {}): ObdEvaluation {
  const items = readObdItems(itemsText, files.items)
  const log = readObdLog(logText, files.log, items.count)
  if (options.permuteClicks !== undefined) permuteClicks(log.click, options.permuteClicks)
  const rows = runKitPolicy(items, log, options)
  const { n, weight: w, reward: r, qLogged, qPolicy } = rows
  const replicates = options.replicates ?? DEFAULT_BOOTSTRAP_REPLICATES
  const seed = (options.seed ?? 1) + 1
  let clicks = 0
  let sw = 0
  let sw2 = 0
  for (let t = 0; t < n; t++) {
    clicks += r[t]!
    sw += w[t]!
    sw2 += w[t]! ** 2
  }
  return {
    n,
    loggingCtr: clicks / n,
    ips: bootstrapInterval(n, (index) => ips(w, r, index), replicates, seed),
    snips: bootstrapInterval(n, (index) => snips(w, r, index), replicates, seed),
    dr: bootstrapInterval(n, (index) => doublyRobust(w, r, qLogged, qPolicy, index), replicates, seed),
    effectiveSampleSize: sw2 > 0 ? (sw * sw) / sw2 : 0,
    meanWeight: sw / n,
  }
}

/** Shuffles the clicks among the rows in place (Fisher–Yates, seeded). */
export function permuteClicks(click: Uint8Array, seed: number): void {
  const random = mulberry32(seed)
  for (let i = click.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const c = click[i]!
    click[i] = click[j]!
    click[j] = c
  }
}
