import type { Lift, Proportion } from './types'

/** Two-sided 95 % normal quantile. */
export const Z_95 = 1.959963984540054
/** Added to successes and failures of both arms when any cell is 0 (Haldane–Anscombe), so the log ratio exists. */
const ZERO_CELL_CORRECTION = 0.5

/**
 * Relative lift of the treatment's rate over the control's, p_t / p_c − 1, with a confidence
 * interval by the delta method on the log of the ratio of two independent proportions (Katz,
 * Baptista, Azen & Pike, Biometrics 1978):
 *   se(log RR) = √(1/x_t − 1/n_t + 1/x_c − 1/n_c),  CI = exp(log RR ± z·se) − 1.
 * Working on the log scale keeps the interval inside (−1, ∞) and asymmetric like the ratio itself.
 * When a count is 0 (or equals its trials), 0.5 is added to every success and failure count first.
 * `z` defaults to the 95 % quantile. Fractions out: 0.12 means +12 %.
 */
export function liftWithInterval(control: Proportion, treatment: Proportion, z = Z_95): Lift {
  check(control, 'control')
  check(treatment, 'treatment')
  let { successes: xc, trials: nc } = control
  let { successes: xt, trials: nt } = treatment
  if (xc === 0 || xt === 0 || xc === nc || xt === nt) {
    xc += ZERO_CELL_CORRECTION
    xt += ZERO_CELL_CORRECTION
    nc += 2 * ZERO_CELL_CORRECTION
    nt += 2 * ZERO_CELL_CORRECTION
  }
  const logRatio = Math.log(xt / nt / (xc / nc))
  const se = Math.sqrt(1 / xt - 1 / nt + 1 / xc - 1 / nc)
  return { estimate: Math.exp(logRatio) - 1, ciLow: Math.exp(logRatio - z * se) - 1, ciHigh: Math.exp(logRatio + z * se) - 1 }
}

function check(p: Proportion, which: string): void {
  const ok = Number.isInteger(p.successes) && Number.isInteger(p.trials) && p.trials > 0 && p.successes >= 0 && p.successes <= p.trials
  if (!ok) throw new RangeError(`[vitrine/experiments] liftWithInterval: ${which} needs integers 0 <= successes <= trials, trials > 0; found ${p.successes} of ${p.trials}`)
}
