import type { Page } from '@playwright/test'

export interface ScreenshotPixels {
  /** Pixels of the nose-bridge probe's magenta, and their centroid in page pixels. */
  probe: { count: number; x: number; y: number }
  /** Pixels that are not the chroma-key green (the 3D layer over a green backdrop), above `maxY`. */
  opaque: { left: number; right: number }
}

/**
 * Decodes a PNG screenshot inside the page (no PNG library needed in Node) and measures what the
 * tests look for: the magenta probe's centroid, and non-green pixels left and right of `splitX`.
 */
export async function analyzeScreenshot(page: Page, png: Buffer, splitX: number, maxY = Infinity, maxX = Infinity): Promise<ScreenshotPixels> {
  return page.evaluate(
    async ({ base64, split, bottom, rightEdge }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      let count = 0, sx = 0, sy = 0, left = 0, right = 0
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4
          const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!, a = data[i + 3]!
          if (r > 200 && g < 90 && b > 200) {
            count++
            sx += x
            sy += y
          }
          const green = g > 200 && r < 60 && b < 60
          if (a > 16 && !green && y < bottom && x < rightEdge) {
            if (x < split) left++
            else right++
          }
        }
      }
      return { probe: { count, x: count ? sx / count : NaN, y: count ? sy / count : NaN }, opaque: { left, right } }
    },
    { base64: png.toString('base64'), split: splitX, bottom: maxY, rightEdge: maxX },
  )
}
