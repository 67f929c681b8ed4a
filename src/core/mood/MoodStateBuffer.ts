import type { MoodState, MoodValue } from './types'

// Fields start as numbers (not `undefined`, as parameter properties would under define semantics)
// so V8 keeps them unboxed.
class MoodValueBuffer implements MoodValue {
  value = 0
  confidence = 0

  constructor(value: number) {
    this.value = value
  }
}

/**
 * A mutable {@link MoodState} for code that rewrites one state many times (the sampler). A class
 * rather than an object literal on purpose: V8 gives literals with the same keys one shape, and
 * `NEUTRAL_MOOD` (and every snapshot a store publishes) freezes that shape, which turns its number
 * fields into boxed ones, so each write would allocate. Never freeze one of these.
 */
export class MoodStateBuffer implements MoodState {
  arousal = new MoodValueBuffer(0.5)
  valence = new MoodValueBuffer(0)
  attention = new MoodValueBuffer(0.5)
  atSec = 0

  /** Back to the neutral state with no confidence, at time 0. */
  reset(): this {
    this.arousal.value = 0.5
    this.valence.value = 0
    this.attention.value = 0.5
    this.arousal.confidence = this.valence.confidence = this.attention.confidence = 0
    this.atSec = 0
    return this
  }
}
