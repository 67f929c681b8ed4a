/**
 * Smoothing factor of a first-order low-pass filter (exponential smoothing) with cutoff
 * `cutoffHz` sampled every `dtSec` seconds: α = 1 / (1 + τ/Tₑ) with τ = 1 / (2π·f_c)
 * (Casiez, Roussel & Vogel, "1€ Filter", CHI 2012, eq. 2-3), written as r / (r + 1) with
 * r = 2π·f_c·Tₑ. α → 1 passes the input through; α → 0 holds the previous output.
 * Non-positive or non-finite arguments give 0 (hold), never NaN.
 */
export function smoothingAlpha(cutoffHz: number, dtSec: number): number {
  const r = 2 * Math.PI * cutoffHz * dtSec
  if (!(r > 0)) return 0
  if (r === Infinity) return 1
  return r / (r + 1)
}
