import { describe, expect, it } from 'vitest'
import {
  FaceSelector,
  SWITCH_AFTER_FRAMES,
  SWITCH_AREA_RATIO,
} from '../../../../src/core/face/selectProminentFace'

/** A face as 478 landmarks filling a square of side `size` centred on (cx, cy), normalised. */
function face(cx: number, cy: number, size: number): Float32Array {
  const out = new Float32Array(478 * 3)
  for (let i = 0; i < 478; i++) {
    // Spread the points over the square so its corners are reached.
    out[3 * i] = cx + size * ((i % 2) - 0.5)
    out[3 * i + 1] = cy + size * ((Math.floor(i / 2) % 2) - 0.5)
    out[3 * i + 2] = 0
  }
  return out
}

describe('FaceSelector', () => {
  it('returns -1 without faces and 0 for a single face', () => {
    const selector = new FaceSelector()
    expect(selector.select([])).toBe(-1)
    expect(selector.select([face(0.5, 0.5, 0.3)])).toBe(0)
  })

  it('picks the bigger face from the first frame', () => {
    const selector = new FaceSelector()
    expect(selector.select([face(0.25, 0.5, 0.15), face(0.7, 0.5, 0.3)])).toBe(1)
  })

  it('does not flip between faces of similar size', () => {
    const selector = new FaceSelector()
    const a = 0.2
    const b = 0.2 * Math.sqrt(SWITCH_AREA_RATIO) * 0.97 // just under the switch ratio in area
    expect(selector.select([face(0.25, 0.5, a), face(0.75, 0.5, a * 0.99)])).toBe(0)
    for (let f = 0; f < 5 * SWITCH_AFTER_FRAMES; f++) {
      expect(selector.select([face(0.25, 0.5, a), face(0.75, 0.5, b)])).toBe(0)
    }
  })

  it('follows the same face when the tracker reorders faces between frames', () => {
    const selector = new FaceSelector()
    const left = face(0.25, 0.5, 0.22)
    const right = face(0.75, 0.5, 0.2)
    expect(selector.select([left, right])).toBe(0)
    for (let f = 0; f < 3 * SWITCH_AFTER_FRAMES; f++) {
      const swapped = f % 2 === 0
      expect(selector.select(swapped ? [right, left] : [left, right])).toBe(swapped ? 1 : 0)
    }
  })

  it('keeps following a face as it moves and shrinks slowly', () => {
    const selector = new FaceSelector()
    expect(selector.select([face(0.3, 0.5, 0.25), face(0.8, 0.5, 0.2)])).toBe(0)
    for (let f = 1; f <= 20; f++) {
      const followed = face(0.3 + 0.005 * f, 0.5, 0.25 - 0.002 * f)
      expect(selector.select([face(0.8, 0.5, 0.2), followed])).toBe(1)
    }
  })

  it('hands over to a clearly bigger newcomer only after SWITCH_AFTER_FRAMES frames', () => {
    const selector = new FaceSelector()
    const current = face(0.3, 0.5, 0.15)
    const newcomer = face(0.7, 0.5, 0.3) // four times the area
    expect(selector.select([current])).toBe(0)
    for (let f = 1; f < SWITCH_AFTER_FRAMES; f++) expect(selector.select([newcomer, current])).toBe(1)
    expect(selector.select([newcomer, current])).toBe(0)
    expect(selector.select([current, newcomer])).toBe(1) // and stays with it
  })

  it('restarts the count when the bigger newcomer shrinks back for a frame', () => {
    const selector = new FaceSelector()
    const current = face(0.3, 0.5, 0.15)
    const big = face(0.7, 0.5, 0.3)
    const similar = face(0.7, 0.5, 0.16)
    selector.select([current])
    for (let f = 1; f < SWITCH_AFTER_FRAMES; f++) selector.select([current, big])
    expect(selector.select([current, similar])).toBe(0)
    for (let f = 1; f < SWITCH_AFTER_FRAMES; f++) expect(selector.select([current, big])).toBe(0)
    expect(selector.select([current, big])).toBe(1)
  })

  it('follows the largest face at once when the followed face leaves, or after reset', () => {
    const selector = new FaceSelector()
    expect(selector.select([face(0.2, 0.5, 0.3), face(0.7, 0.5, 0.2)])).toBe(0)
    expect(selector.select([face(0.7, 0.5, 0.2), face(0.45, 0.3, 0.1)])).toBe(0)
    selector.reset()
    expect(selector.select([face(0.7, 0.5, 0.2), face(0.2, 0.5, 0.25)])).toBe(1)
  })

  it('keeps its choice through frames without any face', () => {
    const selector = new FaceSelector()
    selector.select([face(0.25, 0.5, 0.2), face(0.75, 0.5, 0.18)])
    expect(selector.select([])).toBe(-1)
    expect(selector.select([face(0.75, 0.5, 0.2), face(0.25, 0.5, 0.2)])).toBe(1)
  })
})
