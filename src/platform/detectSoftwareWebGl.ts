/** Names in WebGL's unmasked renderer string that mean the GPU is emulated on the CPU. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i

/**
 * Returns the WebGL renderer's name when it is a software rasteriser, else undefined.
 * MediaPipe's GPU delegate on SwiftShader is several times slower than its CPU path (~270 ms
 * against ~40 ms a frame on a 2-core machine), so such a device should track on the CPU.
 */
export function detectSoftwareWebGl(): string | undefined {
  try {
    const canvas = new OffscreenCanvas(1, 1)
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    if (!gl) return 'no WebGL'
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return SOFTWARE_RENDERERS.test(name) ? name : undefined
  } catch {
    return 'no WebGL'
  }
}
