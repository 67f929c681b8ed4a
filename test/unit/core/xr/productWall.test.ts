import { describe, expect, it } from 'vitest'
import { gazeSourceConfidence } from '../../../../src/core/xr/gazeSourceConfidence'
import { layoutProductWall, rayHitsWall, tileCentre } from '../../../../src/core/xr/productWall'

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g']

function aimAt(target: readonly number[]): number[] {
  const length = Math.hypot(target[0]!, target[1]!, target[2]!)
  return [target[0]! / length, target[1]! / length, target[2]! / length]
}

describe('product wall', () => {
  it('lays tiles out in rows without overlap, inside the wall', () => {
    const wall = layoutProductWall(ids, 4)
    expect(wall.tiles).toHaveLength(7)
    for (const t of wall.tiles) {
      expect(t.left).toBeGreaterThan(0)
      expect(t.left + t.width).toBeLessThan(1)
      expect(t.top + t.height).toBeLessThan(1)
    }
    expect(wall.tiles[4]!.top).toBeGreaterThan(wall.tiles[0]!.top + wall.tiles[0]!.height)
  })

  it('maps a ray aimed at a tile centre onto that tile', () => {
    const wall = layoutProductWall(ids, 4)
    const out = new Float64Array(2)
    for (const tile of wall.tiles) {
      expect(rayHitsWall([0, 0, 0], aimAt(tileCentre(wall, tile)), wall, out)).toBe(true)
      expect(out[0]).toBeCloseTo(tile.left + tile.width / 2, 6)
      expect(out[1]).toBeCloseTo(tile.top + tile.height / 2, 6)
    }
  })

  it('misses when looking away from the wall', () => {
    const wall = layoutProductWall(ids)
    const out = new Float64Array([9, 9])
    expect(rayHitsWall([0, 0, 0], [0, 0, 1], wall, out)).toBe(false)
    expect(rayHitsWall([0, 0, 0], [1, 0, 0], wall, out)).toBe(false)
    expect([...out]).toEqual([9, 9])
  })
})

describe('gazeSourceConfidence', () => {
  it('trusts eye gaze over head gaze and ignores pointing controllers', () => {
    expect(gazeSourceConfidence({ targetRayMode: 'gaze', profiles: ['eye-gaze'] })).toBeGreaterThan(
      gazeSourceConfidence({ targetRayMode: 'gaze', profiles: [] }),
    )
    expect(gazeSourceConfidence({ targetRayMode: 'transient-pointer', profiles: [] })).toBeGreaterThan(0.9)
    expect(gazeSourceConfidence({ targetRayMode: 'tracked-pointer', profiles: ['oculus-touch'] })).toBe(0)
  })
})
