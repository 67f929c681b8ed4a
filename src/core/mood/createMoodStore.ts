import { createMoodState } from './createMoodState'
import { MOOD_DIMENSIONS } from './moodKeys'
import { MOOD_STORE_STEP } from './moodDefaults'
import { NEUTRAL_MOOD } from './types'
import type { MoodState } from './types'

/** Called with the new state and the one it replaced. */
export type MoodListener = (state: Readonly<MoodState>, previous: Readonly<MoodState>) => void

/** A vanilla store of the sampled mood, for the UI to subscribe to (no React). */
export interface MoodStore {
  /** The current state: frozen, and a new object whenever it changed (safe as a React snapshot). */
  getState(): Readonly<MoodState>
  /** Publishes a sample (copied: pass the sampler's reused object). Equal states notify nobody. */
  setState(next: Readonly<MoodState>): void
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: MoodListener): () => void
}

/** Options of {@link createMoodStore}. */
export interface MoodStoreOptions {
  /** Changes smaller than this in every value and confidence are no change (≥ 0). Default `MOOD_STORE_STEP` (0.001). */
  step?: number
}

function freezeCopy(state: Readonly<MoodState>): Readonly<MoodState> {
  const copy = createMoodState(state)
  Object.freeze(copy.arousal)
  Object.freeze(copy.valence)
  Object.freeze(copy.attention)
  return Object.freeze(copy)
}

function check(state: Readonly<MoodState>): void {
  for (const dimension of MOOD_DIMENSIONS) {
    const { value, confidence } = state[dimension] ?? {}
    const low = dimension === 'valence' ? -1 : 0
    if (!(typeof value === 'number' && value >= low && value <= 1)) {
      throw new RangeError(`[vitrine/mood] MoodStore.setState: ${dimension}.value must be a number in ${low}..1, got ${String(value)}`)
    }
    if (!(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) {
      throw new RangeError(`[vitrine/mood] MoodStore.setState: ${dimension}.confidence must be a number in 0..1, got ${String(confidence)}`)
    }
  }
  if (!Number.isFinite(state.atSec)) throw new RangeError(`[vitrine/mood] MoodStore.setState: atSec must be a finite number, got ${String(state.atSec)}`)
}

function same(a: Readonly<MoodState>, b: Readonly<MoodState>, step: number): boolean {
  for (const dimension of MOOD_DIMENSIONS) {
    const x = a[dimension]
    const y = b[dimension]
    if (!(Math.abs(x.value - y.value) <= step && Math.abs(x.confidence - y.confidence) <= step)) return false
  }
  return true
}

/**
 * Creates a store holding {@link NEUTRAL_MOOD}. `setState` compares the sample with the published
 * state, ignoring `atSec` (the time of a sample alone is not news) and differences up to `step`, so a
 * settled mood stops notifying; slow drift still publishes once it adds up to a step. A change is
 * published as a new frozen copy (at most `sampleHz` small objects a second): snapshots handed to
 * React must never change under it. An invalid state throws and leaves the store as it was.
 */
export function createMoodStore(options: MoodStoreOptions = {}): MoodStore {
  const { step = MOOD_STORE_STEP } = options
  if (!(step >= 0 && Number.isFinite(step))) throw new RangeError(`[vitrine/mood] createMoodStore: step must be a finite number >= 0, got ${String(step)}`)
  let state: Readonly<MoodState> = NEUTRAL_MOOD
  const listeners = new Set<MoodListener>()
  return {
    getState: () => state,
    setState(next) {
      check(next)
      if (same(next, state, step)) return
      const previous = state
      state = freezeCopy(next)
      for (const listener of listeners) listener(state, previous)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
