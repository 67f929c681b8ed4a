/** Options of {@link HrvWindow}; every field is optional. */
export interface HrvWindowOptions {
  /** Window length in seconds of beats. Default `HRV_WINDOW_SEC` (60). */
  windowSec?: number
  /** Shortest plausible RR interval, ms. Default `HRV_MIN_RR_MS` (300). */
  minRrMs?: number
  /** Longest plausible RR interval, ms. Default `HRV_MAX_RR_MS` (2000). */
  maxRrMs?: number
  /** Largest relative jump from the local median, e.g. 0.2 for 20 %. Default `HRV_MAX_JUMP_RATIO`. */
  maxJumpRatio?: number
  /** Recent accepted beats in the local median. Default `HRV_MEDIAN_BEATS` (5). */
  medianBeats?: number
  /** Consecutive jump rejections before re-seeding the median. Default `HRV_RESEED_AFTER_REJECTS` (5). */
  reseedAfterRejects?: number
}

/** HRV over the current window. Statistics that need more beats than there are read NaN. */
export interface HrvStats {
  /** Root mean square of successive differences between adjacent accepted beats, ms (needs one pair). */
  rmssdMs: number
  /** Sample standard deviation (n − 1) of the accepted intervals, ms (needs 2 beats). */
  sdnnMs: number
  /** 60 000 / mean accepted interval, beats per minute (needs 1 beat). */
  meanHrBpm: number
  /** Accepted beats in the window. */
  beats: number
  /** Rejected beats (artefacts) in the window. */
  rejected: number
  /** accepted / (accepted + rejected) in the window, 0..1; 0 when the window is empty. */
  quality: number
}
