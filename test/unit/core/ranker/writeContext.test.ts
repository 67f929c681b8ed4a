import { describe, expect, it } from 'vitest'
import { NEUTRAL_MOOD } from '../../../../src/core/mood/types'
import { rewardForEvent } from '../../../../src/core/ranker/rewardForEvent'
import { timeOfDayBucket, writeContext } from '../../../../src/core/ranker/writeContext'
import { mood } from './rankerFixtures'

describe('writeContext', () => {
  const out = new Float64Array(6)

  it('weights each mood value by its confidence, so a neutral or unconfident mood adds nothing', () => {
    expect(Array.from(writeContext(NEUTRAL_MOOD, null, 1, out), (v) => v + 0)).toEqual([1, 0, 0, 0, 0, 0])
    expect(Array.from(writeContext(mood(1, -1, 0), null, 1, out), (v) => v + 0)).toEqual([1, 0, 0, 0, 0, 0])
    writeContext(mood(1, -1, 0.5), null, 1, out)
    expect(out[1]).toBeCloseTo(0.5)
    expect(out[2]).toBeCloseTo(-0.5)
    writeContext(mood(1, -1, 0.5), null, 0, out)
    expect(out[1]).toBe(0)
  })

  it('places the time of day on a circle of four buckets', () => {
    expect([0, 5.9, 6, 13, 23.5].map(timeOfDayBucket)).toEqual([0, 0, 1, 2, 3])
    expect(timeOfDayBucket(null)).toBe(-1)
    writeContext(NEUTRAL_MOOD, 23, 1, out)
    const evening = [out[4]!, out[5]!]
    writeContext(NEUTRAL_MOOD, 2, 1, out)
    const night = [out[4]!, out[5]!]
    writeContext(NEUTRAL_MOOD, 14, 1, out)
    const afternoon = [out[4]!, out[5]!]
    const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)
    expect(distance(evening, night)).toBeLessThan(distance(afternoon, night))
  })
})

describe('rewardForEvent', () => {
  it('maps events to rewards and weights', () => {
    expect(rewardForEvent({ kind: 'tryOn', id: 'a' })).toEqual({ reward: 1, weight: 1 })
    expect(rewardForEvent({ kind: 'skip', id: 'a' })).toEqual({ reward: 0, weight: 1 })
    expect(rewardForEvent({ kind: 'addToBag', id: 'a' })).toEqual({ reward: 1, weight: 2 })
    expect(rewardForEvent({ kind: 'dwell', id: 'a', dwellSec: 1.5, confidence: 0.6 })).toEqual({ reward: 0.25, weight: 0.6 })
    expect(rewardForEvent({ kind: 'dwell', id: 'a', dwellSec: 10, confidence: 1 }).reward).toBe(0.5)
  })
})
