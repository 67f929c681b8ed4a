import type { RendererBackend } from './createRenderer'

/** Render-side figures for the debug overlay and the benchmark, mutated in place. */
export interface RenderStats {
  backend: RendererBackend | undefined
  /** Frames drawn since start. */
  frames: number
  /** CPU time of the last `render()` call, milliseconds. */
  renderMs: number
  /**
   * Where the product's pivot (the glasses' nose-bridge point) landed in the last frame drawn
   * with a face, normalised [u, v] in the source video (x right, y down, not mirrored).
   */
  bridgeUv: Float64Array
  /** True when `bridgeUv` belongs to the last frame drawn. */
  bridgeVisible: boolean
  /**
   * Called after each frame drawn, once the fields above describe it: lets a measurement follow
   * the renders without polling every animation frame (a poll keeps the page's frame loop awake).
   */
  onFrame: (() => void) | undefined
}

export function createRenderStats(): RenderStats {
  return { backend: undefined, frames: 0, renderMs: 0, bridgeUv: new Float64Array(2), bridgeVisible: false, onFrame: undefined }
}
