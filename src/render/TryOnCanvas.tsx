import { Canvas, type GLProps } from '@react-three/fiber'
import { useCallback, type ReactNode } from 'react'
import type { ProductManifest } from '../core/catalog/types'
import { MEDIAPIPE_VERTICAL_FOV_DEG, type FaceResult } from '../core/face/types'
import { createRenderer, keepProductColours, rendererBackend, type RendererBackend, type RendererPreference } from './createRenderer'
import type { GpuIdleGate } from './GpuIdleGate'
import { RenderDriver } from './RenderDriver'
import type { RenderStats } from './renderStats'
import { TryOnScene } from './TryOnScene'

export interface TryOnCanvasProps {
  /** The face result to follow (reused object, read every frame). */
  result: FaceResult
  /** Subscribes to new face results (each one draws a frame); returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
  /** The product worn; none draws only the (invisible) occluder. */
  product?: ProductManifest | undefined
  /** Size variant id of the product. Default: its real-size variant. */
  sizeVariantId?: string | undefined
  /** Graphics API. Default 'auto' (WebGPU, else WebGL2). */
  renderer?: RendererPreference
  /** Figures for the debug overlay and benchmark, written in place. */
  stats: RenderStats
  /** Draw the magenta nose-bridge probe (tests, benchmark). Default false. */
  probe?: boolean
  /** Hide what is behind the head (the depth-only head occluder). Default true. */
  occluder?: boolean
  /** Show the head occluder in colour (fit debugging). Default false. */
  showOccluder?: boolean
  /** Told when redraws are asked for and done (lets the tracker wait for a software GPU). */
  gpuIdleGate?: GpuIdleGate | undefined
  /** Device pixel ratio of the canvas. Default: the screen's, between 1 and 2. */
  dpr?: number
  /** Called once the renderer runs, with the backend it got. */
  onReady?: (backend: RendererBackend) => void
  /** Called when a product model fails to load. */
  onProductError?: (error: Error) => void
  children?: ReactNode
}

/**
 * The try-on scene: a camera matching MediaPipe's face geometry camera (vertical FOV 63°, the
 * video's aspect, centimetres), the depth-only head, and the product on its face anchor. The
 * canvas must have the video's aspect ratio and cover the same area as the video under it.
 */
export function TryOnCanvas({
  result, subscribe, product, sizeVariantId, renderer = 'auto', stats, probe = false, occluder = true, showOccluder = false,
  dpr, gpuIdleGate, onReady, onProductError, children,
}: TryOnCanvasProps) {
  const gl = useCallback(
    async (props: { canvas: unknown }) => {
      const instance = await createRenderer(props as { canvas: HTMLCanvasElement }, renderer)
      stats.backend = rendererBackend(instance)
      onReady?.(stats.backend)
      return instance as never
    },
    // The renderer is made once per canvas; a changed preference needs a new canvas (key it).
    [],
  )
  const anchor = product?.anchor ?? 'noseBridge'
  return (
    <Canvas
      gl={gl as unknown as GLProps}
      frameloop="demand"
      dpr={dpr ?? [1, 2]}
      camera={{ fov: MEDIAPIPE_VERTICAL_FOV_DEG, near: 1, far: 10000, position: [0, 0, 0], rotation: [0, 0, 0] }}
      style={{ position: 'absolute', inset: 0 }}
      aria-hidden="true"
      onCreated={({ gl: created }) => keepProductColours(created)}
    >
      <TryOnScene result={result} product={product} sizeVariantId={sizeVariantId} probe={probe} occluder={occluder} showOccluder={showOccluder} onProductError={onProductError} />
      <RenderDriver subscribe={subscribe} result={result} stats={stats} anchor={anchor} gate={gpuIdleGate} />
      {children}
    </Canvas>
  )
}
