/** Parameters of a 1€ filter (Casiez, Roussel & Vogel, CHI 2012). Units follow the signal. */
export interface OneEuroParams {
  /** Cutoff at rest, Hz. Lower: less jitter when still, more lag. Default 1. */
  minCutoffHz: number
  /** Cutoff Hz added per unit/s of speed. Higher: less lag when moving, more jitter. Default 0. */
  beta: number
  /** Cutoff of the derivative's low-pass, Hz. Default 1. */
  dCutoffHz: number
  /** A time jump (s, either way) beyond which the next sample restarts the filter. Default 0.5. */
  maxGapSec: number
}
