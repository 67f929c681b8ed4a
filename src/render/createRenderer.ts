import { NeutralToneMapping } from 'three'
import { WebGPURenderer } from 'three/webgpu'
import { renderQuality } from './renderQuality'

/** Which graphics API draws the scene. */
export type RendererBackend = 'WebGPU' | 'WebGL2'

/** 'auto' uses WebGPU where the browser has it and WebGL2 otherwise. */
export type RendererPreference = 'auto' | 'webgpu' | 'webgl2'

export interface RendererProps {
  canvas: HTMLCanvasElement | OffscreenCanvas
}

/**
 * Creates three's WebGPURenderer for @react-three/fiber's async `gl` prop. It falls back to its
 * WebGL2 backend by itself when WebGPU is missing or no adapter is granted; `webgl2` forces that
 * path (tests and devices with broken WebGPU drivers).
 */
export async function createRenderer(props: RendererProps, preference: RendererPreference): Promise<WebGPURenderer> {
  const renderer = new WebGPURenderer({
    canvas: props.canvas as HTMLCanvasElement,
    alpha: true,
    antialias: renderQuality().antialias,
    forceWebGL: preference === 'webgl2',
  })
  await renderer.init()
  keepProductColours(renderer)
  renderer.setClearColor(0x000000, 0)
  return renderer
}

/**
 * Khronos PBR Neutral tone mapping: product colours stay true to their base colour (no filmic hue
 * shifts or desaturation). Call it again once @react-three/fiber has configured a root
 * (`onCreated`, or after `root.configure`): with a renderer made by a function, R3F's first
 * configuration sets ACES Filmic whatever the renderer had.
 */
export function keepProductColours(renderer: { toneMapping: unknown }): void {
  renderer.toneMapping = NeutralToneMapping
}

/** The backend a renderer ended up on. */
export function rendererBackend(renderer: unknown): RendererBackend {
  const backend = (renderer as { backend?: { isWebGPUBackend?: boolean } }).backend
  return backend?.isWebGPUBackend ? 'WebGPU' : 'WebGL2'
}
