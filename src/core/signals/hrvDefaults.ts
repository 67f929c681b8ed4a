/** Length of the HRV window, in seconds of beats (sum of RR intervals). 60 s is the usual "ultra-short" HRV span. */
export const HRV_WINDOW_SEC = 60
/** Shortest plausible RR interval in ms (200 bpm); shorter ones are artefacts such as double-detected beats. */
export const HRV_MIN_RR_MS = 300
/** Longest plausible RR interval in ms (30 bpm); longer ones are usually missed beats. */
export const HRV_MAX_RR_MS = 2000
/** Largest accepted relative jump from the local median of recent accepted beats (0.2 = 20 %). */
export const HRV_MAX_JUMP_RATIO = 0.2
/** How many recent accepted beats form the local median for the jump test. */
export const HRV_MEDIAN_BEATS = 5
/**
 * After this many consecutive beats rejected by the jump test (each plausible on its own), the
 * local median is re-seeded: the heart rate really changed, or the reference was itself an artefact.
 */
export const HRV_RESEED_AFTER_REJECTS = 5
