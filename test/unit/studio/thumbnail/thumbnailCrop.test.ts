import { describe, expect, it } from 'vitest'
import { THUMBNAIL_ASPECT, THUMBNAIL_MARGIN, thumbnailCrop, unitRect } from '../../../../src/studio/thumbnail/thumbnailCrop'

/** Landmarks (flat x, y, z in 0-1) spanning the box from (x0, y0) to (x1, y1), plus a point inside. */
function face(x0: number, y0: number, x1: number, y1: number): Float32Array {
  return Float32Array.from([x0, y0, 0, x1, y1, 0, (x0 + x1) / 2, (y0 + y1) / 2, -0.05, x0, y1, 0.02])
}

const contains = (outer: { x: number; y: number; width: number; height: number }, x0: number, y0: number, x1: number, y1: number) =>
  outer.x <= x0 && outer.y <= y0 && outer.x + outer.width >= x1 && outer.y + outer.height >= y1

describe('thumbnailCrop', () => {
  it('frames the whole face with the margin, 4:3, centred on it, for a face in the middle of the photo', () => {
    // A face 154 × 205 px in a 512 × 512 photo (about the reference portrait's).
    const crop = thumbnailCrop({ imageWidth: 512, imageHeight: 512, landmarks: face(0.35, 0.2, 0.65, 0.6) })
    const [x0, y0, x1, y1] = [0.35 * 512, 0.2 * 512, 0.65 * 512, 0.6 * 512]
    const pad = THUMBNAIL_MARGIN * (y1 - y0)
    expect(contains(crop, x0 - pad, y0 - pad + 1, x1 + pad, y1 + pad - 1)).toBe(true)
    expect(crop.width / crop.height).toBeCloseTo(THUMBNAIL_ASPECT, 2)
    // The smallest such window: as tall as the padded face, no taller.
    expect(crop.height).toBeCloseTo(y1 - y0 + 2 * pad, -1)
    // Centred to the pixel (whole pixels: within one).
    expect(Math.abs(crop.x + crop.width / 2 - (x0 + x1) / 2)).toBeLessThanOrEqual(1)
    expect(Math.abs(crop.y + crop.height / 2 - (y0 + y1) / 2)).toBeLessThanOrEqual(1)
    expect(Number.isInteger(crop.x) && Number.isInteger(crop.y) && Number.isInteger(crop.width) && Number.isInteger(crop.height)).toBe(true)
  })

  it('widens to show a product that reaches past the face (a hat above it)', () => {
    const landmarks = face(0.35, 0.3, 0.65, 0.7)
    const without = thumbnailCrop({ imageWidth: 1000, imageHeight: 1000, landmarks })
    const crop = thumbnailCrop({ imageWidth: 1000, imageHeight: 1000, landmarks, product: { x: 0.3, y: 0.1, width: 0.4, height: 0.3 } })
    expect(crop.height).toBeGreaterThan(without.height)
    expect(contains(crop, 300, 100, 700, 700)).toBe(true)
  })

  it('ignores the part of a product outside the photo', () => {
    const landmarks = face(0.35, 0.3, 0.65, 0.7)
    const inside = thumbnailCrop({ imageWidth: 800, imageHeight: 600, landmarks, product: { x: 0.4, y: 0, width: 0.2, height: 0.5 } })
    const farOff = thumbnailCrop({ imageWidth: 800, imageHeight: 600, landmarks, product: { x: 0.4, y: -3, width: 0.2, height: 3.5 } })
    expect(farOff).toEqual(inside)
  })

  it('keeps the window inside the photo when the face is at its edge', () => {
    const crop = thumbnailCrop({ imageWidth: 640, imageHeight: 480, landmarks: face(0.75, 0.02, 0.99, 0.4) })
    expect(crop.x).toBeGreaterThanOrEqual(0)
    expect(crop.y).toBe(0)
    expect(crop.x + crop.width).toBe(640)
    expect(crop.y + crop.height).toBeLessThanOrEqual(480)
    expect(crop.width / crop.height).toBeCloseTo(THUMBNAIL_ASPECT, 2)
  })

  it('shrinks to the largest 4:3 window of a photo too small for face and margin, keeping the aspect', () => {
    const crop = thumbnailCrop({ imageWidth: 300, imageHeight: 400, landmarks: face(0.0625, 0.25, 0.9375, 0.75) })
    expect(crop).toEqual({ x: 0, y: 88, width: 300, height: 225 })
  })

  it('takes the photo centre when there are no landmarks, and skips landmarks that are not numbers', () => {
    expect(thumbnailCrop({ imageWidth: 512, imageHeight: 512, landmarks: [] })).toEqual({ x: 0, y: 64, width: 512, height: 384 })
    const clean = thumbnailCrop({ imageWidth: 512, imageHeight: 512, landmarks: face(0.35, 0.2, 0.65, 0.6) })
    const noisy = thumbnailCrop({ imageWidth: 512, imageHeight: 512, landmarks: [...face(0.35, 0.2, 0.65, 0.6), NaN, 0.9, 0] })
    expect(noisy).toEqual(clean)
  })

  it('takes another aspect and margin when asked', () => {
    const crop = thumbnailCrop({ imageWidth: 1000, imageHeight: 1000, landmarks: face(0.4, 0.4, 0.6, 0.6), aspect: 1, margin: 0 })
    expect(crop).toEqual({ x: 400, y: 400, width: 200, height: 200 })
  })
})

describe('unitRect', () => {
  it('gives the crop in 0-1 of the photo', () => {
    expect(unitRect({ x: 128, y: 64, width: 256, height: 192 }, 512, 256)).toEqual({ x: 0.25, y: 0.25, width: 0.5, height: 0.75 })
  })
})
