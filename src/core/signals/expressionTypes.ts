/** Expression intensities, each 0..1. */
export interface ExpressionState {
  /** Mean of mouthSmileLeft/Right. */
  smile: number
  /** Brow raise: browInnerUp. */
  brow: number
  /** Mean of eye-wide (mean of left/right), jawOpen and browInnerUp. */
  surprise: number
  /** Mean of mouth-frown (mean of left/right) and brow-down (mean of left/right). */
  frown: number
  /** True once the neutral baseline has been taken; before that the values are smoothed raw scores. */
  baselineReady: boolean
}

/** Options of {@link ExpressionTracker}; every field is optional. */
export interface ExpressionTrackerOptions {
  /** Seconds from the first update over which the neutral baseline is collected. Default `EXPRESSION_BASELINE_SEC` (3). */
  baselineSec?: number
  /** Exponential smoothing time constant in seconds. Default `EXPRESSION_SMOOTHING_TAU_SEC` (0.15). */
  smoothingTauSec?: number
  /** Most samples kept for the baseline; later ones in the baseline period are skipped. Default 256. */
  maxBaselineSamples?: number
}
