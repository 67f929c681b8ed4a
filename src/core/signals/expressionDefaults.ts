/** Seconds of a shopper's face used as their neutral baseline. 3 s at 30 fps is ~90 frames. */
export const EXPRESSION_BASELINE_SEC = 3
/**
 * Time constant of the exponential smoothing, seconds: a step reaches 63 % after this long and
 * 95 % after three times this. 0.15 s hides frame-to-frame blendshape jitter yet keeps a smile
 * visible within half a second.
 */
export const EXPRESSION_SMOOTHING_TAU_SEC = 0.15
/** Baseline samples kept at most (enough for 3 s at 60 fps with room to spare). */
export const EXPRESSION_MAX_BASELINE_SAMPLES = 256
