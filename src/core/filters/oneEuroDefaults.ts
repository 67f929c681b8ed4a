/**
 * Defaults shared by the 1€ filters (Casiez, Roussel & Vogel, CHI 2012). Pose-specific values
 * live in `poseFilterDefaults.ts`.
 */

/** Minimum cutoff, Hz: the cutoff at rest. Default 1 Hz, the paper's starting point. */
export const ONE_EURO_MIN_CUTOFF_HZ = 1
/** Speed coefficient, cutoff Hz added per unit/s of speed. Default 0: a plain low-pass to tune from. */
export const ONE_EURO_BETA = 0
/** Cutoff of the low-pass on the derivative, Hz. Default 1 Hz, as the paper recommends. */
export const ONE_EURO_D_CUTOFF_HZ = 1
/**
 * A gap between samples longer than this (seconds) resets the filter, so a face that was lost
 * and re-acquired elsewhere jumps to its new place instead of sliding in from the old one.
 * Default 0.5 s: 15 frames at 30 fps, far above any frame hiccup.
 */
export const ONE_EURO_MAX_GAP_SEC = 0.5
