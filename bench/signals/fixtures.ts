import { gaussian } from '../../src/core/random/gaussian'
import { blendshapeIndex } from '../../src/core/signals/blendshapeNames'
import type { DwellTile, GazeSample } from '../../src/core/signals/dwellTypes'

/** 12 product tiles, 4 × 3, in normalised screen coordinates. */
export const TILES: DwellTile[] = Array.from({ length: 12 }, (_, i) => ({ id: `tile-${i}`, left: (i % 4) * 0.25, top: Math.floor(i / 4) / 3, width: 0.25, height: 1 / 3 }))

/**
 * A gaze path at 30 Hz: fixations of 0.2–3 s on random tiles (or, one time in six, off the tiles)
 * with ±1 % jitter, and 5 % low-confidence samples (blinks, tracking loss).
 */
export function gazePath(count: number, random: () => number): GazeSample[] {
  const out: GazeSample[] = []
  let t = 0
  while (out.length < count) {
    const tile = random() < 1 / 6 ? null : TILES[Math.floor(random() * TILES.length)]!
    const cx = tile ? tile.left + tile.width * (0.2 + 0.6 * random()) : -0.2
    const cy = tile ? tile.top + tile.height * (0.2 + 0.6 * random()) : 0.5
    const frames = Math.round((0.2 + random() * 2.8) * 30)
    for (let f = 0; f < frames && out.length < count; f++, t += 1 / 30) {
      out.push({ x: cx + 0.01 * gaussian(random), y: cy + 0.01 * gaussian(random), confidence: random() < 0.05 ? 0.2 : 0.7 + 0.3 * random(), timestampSec: t })
    }
  }
  return out
}

/** RR intervals around 800 ms with RMSSD ≈ 40 ms and 2 % artefacts (missed and doubled beats). */
export function rrSeries(count: number, random: () => number): Float64Array {
  const out = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    const rr = 800 + (40 / Math.SQRT2) * gaussian(random)
    const a = random()
    out[i] = a < 0.01 ? rr * 2 : a < 0.02 ? rr / 2 : rr
  }
  return out
}

/** Blendshape frames (52 scores each) with a moving smile, brow and jaw, as the tracker gives them. */
export function blendshapeFrames(count: number, random: () => number): Float32Array[] {
  return Array.from({ length: count }, (_, i) => {
    const frame = new Float32Array(52)
    for (let k = 0; k < 52; k++) frame[k] = 0.05 * random()
    const smile = 0.2 + 0.3 * Math.sin(i / 40)
    frame[blendshapeIndex('mouthSmileLeft')] = frame[blendshapeIndex('mouthSmileRight')] = Math.max(0, smile + 0.02 * gaussian(random))
    frame[blendshapeIndex('browInnerUp')] = 0.1 + 0.1 * random()
    frame[blendshapeIndex('jawOpen')] = 0.05 + 0.1 * random()
    return frame
  })
}
