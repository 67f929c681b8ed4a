/** One mood dimension: a value and how much the fused signals back it. */
export interface MoodValue {
  /** Arousal and attention: 0 (calm, absent) to 1 (excited, absorbed). Valence: -1 (negative) to 1 (positive). */
  value: number
  /** 0 (no signal allowed or available: `value` is the neutral default) to 1 (all signals agree, good quality). */
  confidence: number
}

/**
 * The shopper's state as the mood model fuses it from the signals they allowed. Sampled a few times
 * a second, never per frame. Deliberately numbers, not labels: no word like "stressed" is derived,
 * shown or stored. Produced by `MoodSampler.sample`, published to the UI through a `MoodStore`;
 * rules in docs/core/mood.md.
 */
export interface MoodState {
  arousal: MoodValue
  valence: MoodValue
  attention: MoodValue
  /** Session clock, seconds, of the sample. */
  atSec: number
}

/** The state with no signal at all: neutral values, zero confidence. */
export const NEUTRAL_MOOD: Readonly<MoodState> = Object.freeze({
  arousal: Object.freeze({ value: 0.5, confidence: 0 }),
  valence: Object.freeze({ value: 0, confidence: 0 }),
  attention: Object.freeze({ value: 0.5, confidence: 0 }),
  atSec: 0,
})
