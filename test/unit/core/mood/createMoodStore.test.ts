import { describe, expect, it, vi } from 'vitest'
import { createMoodState } from '../../../../src/core/mood/createMoodState'
import { createMoodStore } from '../../../../src/core/mood/createMoodStore'
import { MoodSampler } from '../../../../src/core/mood/MoodSampler'
import { NEUTRAL_MOOD, type MoodState } from '../../../../src/core/mood/types'
import { face, play } from './simulate'

// Proves the store needs no React: any import of it would get this empty stand-in.
vi.mock('react', () => ({}))

function state(arousal: number, valence: number, attention: number, confidence = 0.5, atSec = 1): MoodState {
  return { arousal: { value: arousal, confidence }, valence: { value: valence, confidence }, attention: { value: attention, confidence }, atSec }
}

describe('createMoodStore', () => {
  it('starts neutral with zero confidence', () => {
    expect(createMoodStore().getState()).toEqual(NEUTRAL_MOOD)
  })

  it('notifies subscribers with the new and previous state, and stops after unsubscribe', () => {
    const store = createMoodStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.setState(state(0.7, 0.2, 0.5))
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0]![0]).toEqual(state(0.7, 0.2, 0.5))
    expect(listener.mock.calls[0]![1]).toBe(NEUTRAL_MOOD)
    unsubscribe()
    store.setState(state(0.2, -0.4, 0.9))
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.getState().valence.value).toBe(-0.4)
  })

  it('notifies nobody for an equal state, whatever its time', () => {
    const store = createMoodStore()
    store.setState(state(0.7, 0.2, 0.5, 0.5, 1))
    const listener = vi.fn()
    store.subscribe(listener)
    const before = store.getState()
    store.setState(state(0.7, 0.2, 0.5, 0.5, 2))
    store.setState(state(0.7004, 0.2, 0.5, 0.5005, 3)) // within the 0.001 step
    expect(listener).not.toHaveBeenCalled()
    expect(store.getState()).toBe(before)
  })

  it('publishes slow drift once it adds up to a step', () => {
    const store = createMoodStore({ step: 0.01 })
    const listener = vi.fn()
    store.subscribe(listener)
    for (let i = 1; i <= 10; i++) store.setState(state(0.5 + i * 0.004, 0, 0.5, 0)) // 0.004 a sample
    expect(listener.mock.calls.length).toBe(3) // at +0.012, +0.024 and +0.036
    expect(store.getState().arousal.value).toBeCloseTo(0.536, 9)
  })

  it('publishes frozen copies, a new object per change, never the caller’s object', () => {
    const store = createMoodStore()
    const mine = state(0.6, 0.1, 0.4)
    store.setState(mine)
    const published = store.getState()
    expect(published).not.toBe(mine)
    expect(Object.isFrozen(published) && Object.isFrozen(published.arousal)).toBe(true)
    mine.arousal.value = 0.9 // the sampler reuses its object: the store must not see this
    expect(store.getState().arousal.value).toBe(0.6)
    store.setState(mine)
    expect(store.getState()).not.toBe(published)
    expect(published.arousal.value).toBe(0.6)
  })

  it('lets a listener unsubscribe another during a notification', () => {
    const store = createMoodStore()
    const second = vi.fn()
    let unsubscribeSecond = () => {}
    store.subscribe(() => unsubscribeSecond())
    unsubscribeSecond = store.subscribe(second)
    store.setState(state(0.8, 0, 0.5))
    store.setState(state(0.2, 0, 0.5))
    expect(second).not.toHaveBeenCalled()
  })

  it('rejects an out-of-range or broken state by name and keeps the last good one', () => {
    const store = createMoodStore()
    store.setState(state(0.6, 0.1, 0.4))
    const good = store.getState()
    expect(() => store.setState(state(1.2, 0, 0.5))).toThrow(/arousal.value must be a number in 0..1, got 1.2/)
    expect(() => store.setState(state(0.5, -1.5, 0.5))).toThrow(/valence.value must be a number in -1..1, got -1.5/)
    expect(() => store.setState(state(0.5, 0, Number.NaN))).toThrow(/attention.value .* got NaN/)
    expect(() => store.setState(state(0.5, 0, 0.5, 2))).toThrow(/arousal.confidence must be a number in 0..1, got 2/)
    expect(() => store.setState({ ...state(0.5, 0, 0.5), atSec: Number.POSITIVE_INFINITY })).toThrow(/atSec must be a finite number/)
    expect(store.getState()).toBe(good)
    expect(() => createMoodStore({ step: -1 })).toThrow(/step must be a finite number >= 0, got -1/)
  })

  it('carries the sampled mood to subscribers a few times a second at most, and not at all when it settles', () => {
    const sampler = new MoodSampler()
    const store = createMoodStore()
    const seen: number[] = []
    store.subscribe((s) => seen.push(s.atSec))
    const smile = face({ mouthSmileLeft: 0.8, mouthSmileRight: 0.8 })
    let t = 0
    for (let i = 0; i < 30 * 40; i++, t = i / 30) {
      sampler.offerBlendshapes(t < 5 ? face() : smile, t)
      const sample = sampler.sample(t)
      if (sample) store.setState(sample)
    }
    expect(seen.length).toBeGreaterThan(5)
    expect(seen.length).toBeLessThanOrEqual(40 * 4)
    expect(seen.at(-1)!).toBeLessThan(30) // the smile has settled: the last ten seconds are quiet
    expect(store.getState().valence.value).toBeGreaterThan(0.5)
    const copy = createMoodState(store.getState())
    play(sampler, { face: () => smile }, t, 5)
    expect(store.getState()).toEqual(copy)
  })
})
