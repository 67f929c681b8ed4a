import { describe, expect, it } from 'vitest'
import { coverRect } from '../../../../src/core/layout/coverRect'

describe('coverRect', () => {
  it('fills a container of the same aspect exactly', () => {
    expect(coverRect(1280, 720, 16 / 9)).toEqual({ left: 0, top: 0, width: 1280, height: 720 })
  })

  it('crops the sides of a landscape video on a portrait phone, centred', () => {
    const rect = coverRect(390, 844, 4 / 3)
    expect(rect.height).toBeCloseTo(844)
    expect(rect.width).toBeCloseTo(844 * (4 / 3))
    expect(rect.left).toBeCloseTo((390 - rect.width) / 2)
    expect(rect.top).toBeCloseTo(0)
  })

  it('crops top and bottom of a 4:3 video in a wide window', () => {
    const rect = coverRect(1600, 600, 4 / 3)
    expect(rect.width).toBe(1600)
    expect(rect.height).toBe(1200)
    expect(rect.top).toBe(-300)
  })

  it('gives an empty rectangle for an unsized container or a video without size yet', () => {
    expect(coverRect(0, 500, 4 / 3).width).toBe(0)
    expect(coverRect(800, 600, Number.NaN).width).toBe(0)
  })
})
