import type { DwellTile } from '../signals/dwellTypes'

/**
 * A flat wall of product tiles in front of the headset wearer: a rectangle facing +Z (towards the
 * wearer at the origin), in the session's reference space, metres.
 */
export interface ProductWall {
  /** Centre of the wall, metres. */
  centre: readonly [number, number, number]
  width: number
  height: number
  /** Tiles in wall-normalised coordinates (0..1 from the wall's top-left, as the wearer sees it). */
  tiles: readonly DwellTile[]
}

/** Distance of the wall from the wearer, metres: far enough to read at a glance, near enough to aim at. */
export const WALL_DISTANCE_M = 2
/** Size of one tile on the wall, metres, and the gap between tiles. */
export const WALL_TILE_M = 0.5
export const WALL_GAP_M = 0.12

/** Lays out `ids` on a wall of `columns` columns centred at eye height in front of the wearer. */
export function layoutProductWall(ids: readonly string[], columns = 4): ProductWall {
  const cols = Math.max(1, Math.min(columns, ids.length))
  const rows = Math.max(1, Math.ceil(ids.length / cols))
  const width = cols * WALL_TILE_M + (cols + 1) * WALL_GAP_M
  const height = rows * WALL_TILE_M + (rows + 1) * WALL_GAP_M
  const tiles = ids.map((id, i) => {
    const col = i % cols
    const row = Math.floor(i / cols)
    return {
      id,
      left: (WALL_GAP_M + col * (WALL_TILE_M + WALL_GAP_M)) / width,
      top: (WALL_GAP_M + row * (WALL_TILE_M + WALL_GAP_M)) / height,
      width: WALL_TILE_M / width,
      height: WALL_TILE_M / height,
    }
  })
  return { centre: [0, 0, -WALL_DISTANCE_M], width, height, tiles }
}

/**
 * Where a ray (origin, unit direction; reference space, metres) meets the wall, as wall-normalised
 * [x, y] in `out`. False (out untouched) when it misses the wall's plane or points away from it;
 * a hit outside the wall's rectangle still counts (dwell decides what is on a tile).
 */
export function rayHitsWall(origin: ArrayLike<number>, direction: ArrayLike<number>, wall: ProductWall, out: Float64Array): boolean {
  const dz = direction[2]!
  const planeZ = wall.centre[2]
  const t = (planeZ - origin[2]!) / dz
  if (!(dz < -1e-6) || !(t > 0)) return false
  const x = origin[0]! + t * direction[0]! - wall.centre[0]
  const y = origin[1]! + t * direction[1]! - wall.centre[1]
  out[0] = x / wall.width + 0.5
  out[1] = 0.5 - y / wall.height
  return true
}

/** Centre of a tile in the reference space, metres (for aiming, drawing and tests). */
export function tileCentre(wall: ProductWall, tile: DwellTile): [number, number, number] {
  return [
    wall.centre[0] + (tile.left + tile.width / 2 - 0.5) * wall.width,
    wall.centre[1] + (0.5 - tile.top - tile.height / 2) * wall.height,
    wall.centre[2],
  ]
}
