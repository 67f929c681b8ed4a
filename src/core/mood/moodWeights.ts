import type { MoodWeights } from './evidenceTypes'

/**
 * Default weight of each signal on each dimension (0: the signal says nothing there). Heart rate and
 * RMSSD are the arousal measures proper (sympathetic activation); the face is the best on-device
 * valence cue, surprise a weaker arousal cue; dwell is the attention measure; behaviour adds a
 * little to attention and less to valence, since a skip is about the product more than the mood.
 */
export const DEFAULT_MOOD_WEIGHTS: Readonly<MoodWeights> = Object.freeze({
  heartRate: Object.freeze({ arousal: 1, valence: 0, attention: 0 }),
  hrv: Object.freeze({ arousal: 1, valence: 0, attention: 0 }),
  expression: Object.freeze({ arousal: 0.5, valence: 1, attention: 0 }),
  gaze: Object.freeze({ arousal: 0, valence: 0, attention: 1 }),
  behaviour: Object.freeze({ arousal: 0, valence: 0.3, attention: 0.6 }),
})
