/**
 * Named constants of the mood model. Every rule they tune is explained in docs/core/mood.md.
 * Evidence is always a deviation from neutral in -1..1; "full scale" is the input change that
 * reaches ±1 (it is clamped beyond).
 */

/** How often the sampler fuses a state, Hz: a few times a second, never per frame. */
export const MOOD_SAMPLE_HZ = 4

/**
 * Weight of the neutral prior in the fused mean. A lone signal at full quality and weight 1 reaches
 * 1 / (1 + 0.2) = 83 % of its evidence; weak evidence is pulled toward neutral, none leaves it there.
 */
export const MOOD_PRIOR_WEIGHT = 0.2

// Smoothing time constants (quality-weighted exponential average), seconds: a step reaches 63 %
// after one time constant and 95 % after three.
/** Heart rate: the sympathetic response builds over several beats; a strap's bpm jitters by ±2. */
export const MOOD_HEART_RATE_TAU_SEC = 5
/** RMSSD: read from a 30 s window, so it moves slowly already; 5 s hides window-edge steps. */
export const MOOD_HRV_TAU_SEC = 5
/** Expression: a spontaneous smile lasts about 0.5–4 s; 1.5 s keeps one grin from swinging valence. */
export const MOOD_EXPRESSION_TAU_SEC = 1.5
/** Gaze: its evidence already integrates over MOOD_GAZE_MEMORY_SEC; this only hides dwell-end steps. */
export const MOOD_GAZE_TAU_SEC = 2
/** Behaviour: events are rare and already remembered over MOOD_BEHAVIOUR_MEMORY_SEC. */
export const MOOD_BEHAVIOUR_TAU_SEC = 1

// Heart rate and HRV, relative to the shopper's own baseline.
/** Baseline span from the first usable heart reading, seconds ("the first part of the session"). */
export const MOOD_HEART_BASELINE_SEC = 30
/** Usable readings the baseline needs, in seconds of sampling; it keeps collecting until it has them. */
export const MOOD_HEART_BASELINE_MIN_VALID_SEC = 15
/** A heart rate or RR interval older than this is stale (straps notify about once a second), seconds. */
export const MOOD_HEART_STALE_SEC = 5
/** Lowest plausible heart rate, bpm; lower readings (e.g. 0 while the strap settles) are ignored. */
export const MOOD_HEART_MIN_BPM = 30
/** Highest plausible heart rate, bpm (about the adult maximum); higher readings are ignored. */
export const MOOD_HEART_MAX_BPM = 220
/** Heart rate above baseline that counts as full arousal evidence, as a ratio (0.15 = +15 %, ~11 bpm at 75). */
export const MOOD_HEART_RATE_FULL_SCALE_RATIO = 0.15
/** HRV window for the current RMSSD, seconds; ultra-short RMSSD is usable from 10–30 s (Munoz et al. 2015). */
export const MOOD_HRV_WINDOW_SEC = 30
/** Accepted beats the window needs before its RMSSD is read at all. */
export const MOOD_HRV_MIN_BEATS = 15
/** Accepted beats at which the RMSSD counts at full quality. */
export const MOOD_HRV_FULL_BEATS = 30
/** Below this accepted fraction of the window's beats (artefact rejection) the RMSSD is not used. */
export const MOOD_HRV_MIN_QUALITY = 0.6
/** RMSSD floor, ms, so a metronomic series (RMSSD 0) does not reach log(0). */
export const MOOD_HRV_MIN_RMSSD_MS = 1
/** RMSSD ratio to baseline that counts as full evidence: half the baseline → arousal +1, double → −1. */
export const MOOD_HRV_FULL_SCALE_RATIO = 2

// Expression, relative to the neutral face (ExpressionTracker).
/** Blendshapes older than this mean the face is gone, seconds. */
export const MOOD_EXPRESSION_STALE_SEC = 1
/** Smile intensity above neutral that counts as full positive valence. */
export const MOOD_EXPRESSION_SMILE_FULL_SCALE = 0.6
/** Frown intensity (mouth frown and brow down, averaged) that counts as full negative valence. */
export const MOOD_EXPRESSION_FROWN_FULL_SCALE = 0.4
/** Surprise intensity (eyes wide, jaw open, inner brow up, averaged) that counts as full arousal. */
export const MOOD_EXPRESSION_SURPRISE_FULL_SCALE = 0.5

// Gaze dwell.
/** Memory of the dwell statistics (exponentially decaying sums), seconds. */
export const MOOD_GAZE_MEMORY_SEC = 20
/** A typical considered look at one product, seconds: dwell evidence 0. */
export const MOOD_GAZE_REFERENCE_DWELL_SEC = 2
/**
 * A typical switch rate, looks ended per minute (one every 3 s): switch evidence 0. Below the 30 a
 * minute of back-to-back reference looks, since part of the time goes to the mirror, not the tiles.
 */
export const MOOD_GAZE_REFERENCE_SWITCHES_PER_MIN = 20
/** Ratio to a reference (dwell length or switch rate) that counts as full evidence, both ways. */
export const MOOD_GAZE_FULL_SCALE_RATIO = 3
/** Looks (remembered, decayed) at which gaze counts at full quality. */
export const MOOD_GAZE_FULL_LOOKS = 3

// Behaviour.
/** Memory of behaviour events (exponentially decaying sums), seconds. */
export const MOOD_BEHAVIOUR_MEMORY_SEC = 30
/** A typical try-on, seconds: attention evidence 0. */
export const MOOD_TRY_ON_REFERENCE_SEC = 6
/** Try-on length ratio to the reference that counts as full evidence (18 s → +1, 2 s → −1). */
export const MOOD_TRY_ON_FULL_SCALE_RATIO = 3
/** A skip after less than this is "quick" (its evidence grows toward 0 s); later skips are neutral, seconds. */
export const MOOD_QUICK_SKIP_SEC = 2
/** Attention evidence of an instant skip (viewed 0 s); a quick skip lowers attention a little. */
export const MOOD_SKIP_ATTENTION = -0.5
/** Valence evidence of an instant skip: a little, since a skip is about the product more than the mood. */
export const MOOD_SKIP_VALENCE = -0.3
/** Valence evidence per unit of positive try-on attention evidence (a long try-on raises valence a little). */
export const MOOD_TRY_ON_VALENCE_GAIN = 0.3
/** Events (remembered, decayed) at which behaviour counts at full quality. */
export const MOOD_BEHAVIOUR_FULL_EVENTS = 2

/** The store treats changes smaller than this in every value and confidence as no change. */
export const MOOD_STORE_STEP = 0.001
/** A smoothed quality below this is missing (reached ~7 time constants after a signal stops). */
export const MOOD_MISSING_QUALITY = 0.001
/** Highest sampling rate accepted, Hz: the mood is sampled a few times a second, never per frame. */
export const MOOD_MAX_SAMPLE_HZ = 15
