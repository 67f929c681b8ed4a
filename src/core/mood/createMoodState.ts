import { NEUTRAL_MOOD } from './types'
import type { MoodState, MoodValue } from './types'

// One literal site, so every MoodValue shares one shape and hot code that writes them stays fast.
function moodValue(value: number, confidence: number): MoodValue {
  return { value, confidence }
}

/** A new, mutable copy of `from` (default: the neutral state, which is itself frozen). */
export function createMoodState(from: Readonly<MoodState> = NEUTRAL_MOOD): MoodState {
  return {
    arousal: moodValue(from.arousal.value, from.arousal.confidence),
    valence: moodValue(from.valence.value, from.valence.confidence),
    attention: moodValue(from.attention.value, from.attention.confidence),
    atSec: from.atSec,
  }
}
