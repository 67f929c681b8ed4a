import { describe, expect, it } from 'vitest'
import { tryOnPixelRatio } from '../../../src/render/renderQuality'

const gpu = { antialias: true, software: undefined }
const swiftShader = { antialias: false, software: 'SwiftShader' }

describe('tryOnPixelRatio', () => {
  it('renders at the screen density on a real GPU, capped at 2', () => {
    expect(tryOnPixelRatio(gpu, 1000, 640, 3)).toBe(2)
    expect(tryOnPixelRatio(gpu, 1000, 640, 1.5)).toBe(1.5)
  })

  it('renders no more pixels than the camera has on a software GPU', () => {
    expect(tryOnPixelRatio(swiftShader, 1280, 640, 1)).toBe(0.5)
    expect(tryOnPixelRatio(swiftShader, 320, 640, 1)).toBe(1)
  })

  it('falls back to 1 before the video has a size', () => {
    expect(tryOnPixelRatio(swiftShader, 1280, 0, 1)).toBe(1)
  })
})
