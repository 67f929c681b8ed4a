/** Shortest look that counts as interest, seconds; shorter fixations are mostly scanning. */
export const DWELL_MIN_SEC = 0.6
/** Hysteresis margin, normalised screen units (2 % of the screen) so jitter at a tile edge does not split a dwell. */
export const DWELL_MARGIN = 0.02
/** Gaze samples with lower confidence are ignored. */
export const DWELL_MIN_CONFIDENCE = 0.5
/** Longest run without confident samples inside one dwell (a blink is ~0.1–0.4 s), seconds. */
export const DWELL_MAX_GAP_SEC = 0.5
