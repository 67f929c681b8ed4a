import { detectSoftwareWebGl } from '../platform/detectSoftwareWebGl'

/** How much the device can afford per frame. */
export interface RenderQuality {
  /** Multisampling; a software rasteriser pays for it on the CPU the face model needs. */
  antialias: boolean
  /** The software rasteriser's name, when the GPU is emulated. */
  software: string | undefined
}

let cached: RenderQuality | undefined

/** Detected once per page: full quality on a real GPU, the cheap path on a software one. */
export function renderQuality(): RenderQuality {
  if (!cached) {
    const name = detectSoftwareWebGl()
    const software = name === 'no WebGL' ? undefined : name
    cached = { antialias: software === undefined, software }
  }
  return cached
}

/**
 * Device pixel ratio for the try-on canvas. A real GPU renders at the screen's density (up to 2).
 * A software one renders no more pixels than the camera has: the glasses cannot be sharper than
 * the face they sit on, and every pixel costs CPU time the face model needs.
 */
export function tryOnPixelRatio(quality: RenderQuality, canvasCssWidth: number, videoWidth: number, devicePixelRatio: number): number {
  if (!quality.software) return Math.min(2, Math.max(1, devicePixelRatio))
  if (!(canvasCssWidth > 0 && videoWidth > 0)) return 1
  return Math.min(devicePixelRatio, videoWidth / canvasCssWidth)
}
