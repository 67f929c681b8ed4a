import { describe, expect, it } from 'vitest'
import { medianOfFirst } from '../../../../src/core/signals/medianOfFirst'

describe('medianOfFirst', () => {
  it('returns the middle value of an odd count and leaves the input unsorted', () => {
    const values = new Float64Array([5, 1, 4, 2, 3])
    expect(medianOfFirst(values, 5, new Float64Array(5))).toBe(3)
    expect([...values]).toEqual([5, 1, 4, 2, 3])
  })

  it('averages the two middle values of an even count and ignores values past count', () => {
    expect(medianOfFirst([4, 1, 3, 2, 100], 4, new Float64Array(5))).toBe(2.5)
  })

  it('returns NaN for no values', () => {
    expect(medianOfFirst([], 0, new Float64Array(1))).toBeNaN()
  })
})
