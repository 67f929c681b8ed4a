/**
 * An OffscreenCanvas holding a WebGL2 context made without `failIfMajorPerformanceCaveat`, for
 * MediaPipe's `canvas` option (the face worker and the benchmark's bare-detection worker).
 *
 * MediaPipe converts every input frame through WebGL, on either delegate. It asks for WebGL2 with
 * `failIfMajorPerformanceCaveat`, which a software rasteriser (SwiftShader, llvmpipe) refuses,
 * and its WebGL1 fallback then aborts on every frame. Creating the WebGL2 context ourselves first,
 * without that flag, makes MediaPipe's own request return this context.
 */
export function graphicsCanvas(): OffscreenCanvas {
  const canvas = new OffscreenCanvas(1, 1)
  canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: false, antialias: false, depth: false, premultipliedAlpha: false })
  return canvas
}
