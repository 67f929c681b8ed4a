import { createRoot } from '@react-three/fiber'
import { Box3, PerspectiveCamera, Vector3, type Object3D } from 'three'
import type { WebGPURenderer } from 'three/webgpu'
import type { ProductManifest } from '../core/catalog/types'
import { MEDIAPIPE_VERTICAL_FOV_DEG, type FaceResult } from '../core/face/types'
import { createRenderer, keepProductColours, rendererBackend, type RendererBackend, type RendererPreference } from './createRenderer'
import { TryOnScene } from './TryOnScene'

/** A rectangle in 0-1 of the frame: x to the right, y down (image coordinates, not mirrored). */
export interface FrameRect {
  x: number
  y: number
  width: number
  height: number
}

export interface StillOptions {
  /** The still face (its anchors computed for a frame of `frameAspect`). */
  result: FaceResult
  /** The product worn, as the try-on places it (its `asset.url` must be loadable by the page). */
  product: ProductManifest
  /** Width / height of the frame the face was found in. */
  frameAspect: number
  /** Graphics API. Default 'auto' (WebGPU, else WebGL2). */
  renderer?: RendererPreference
  /** Longest the model may take to load and to show in a render, milliseconds. Default 60 000. */
  timeoutMs?: number
}

/** The try-on scene held still on one face, drawn on demand outside the page's layout. */
export interface StillScene {
  /** The graphics API it got. */
  readonly backend: RendererBackend
  /** Where the product's bounding box lands in the frame (0-1, may reach past the edges). */
  productBounds(): FrameRect
  /**
   * Draws the part `window` of the frame at `width` × `height` pixels and resolves with a copy of
   * the picture: the product on a transparent background. Draws again until the product shows
   * (WebGPU compiles pipelines asynchronously and skips what is not ready); rejects when it never does.
   */
  draw(window: FrameRect, width: number, height: number): Promise<HTMLCanvasElement>
  /** Releases the renderer. */
  close(): void
}

/** Pause between two tries while the model loads or its shaders compile, milliseconds. */
const POLL_MS = 50
const corner = new Vector3()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Mounts {@link TryOnScene} in its own R3F root on a canvas that is not in the page (so what the
 * visible preview shows, its size, close-up and anchor dot, does not matter) with the try-on's
 * camera (MediaPipe's vertical FOV, the frame's aspect), and resolves once the product's model is
 * in the scene. Each {@link StillScene.draw} renders one frame with `frameloop: 'never'` and
 * copies the canvas in the same task, before the browser may present and clear it (no
 * `preserveDrawingBuffer` needed, on WebGPU or WebGL2).
 */
export async function openStillScene({ result, product, frameAspect, renderer = 'auto', timeoutMs = 60_000 }: StillOptions): Promise<StillScene> {
  const canvas = document.createElement('canvas')
  const camera = Object.assign(new PerspectiveCamera(MEDIAPIPE_VERTICAL_FOV_DEG, frameAspect, 1, 10000), { manual: true })
  const root = createRoot(canvas)
  let productError: Error | undefined
  let gl: WebGPURenderer | undefined
  const close = () => root.unmount()
  try {
    await root.configure({
      gl: (async (props: { canvas: HTMLCanvasElement }) => (gl = await createRenderer(props, renderer))) as never,
      camera,
      size: { width: 1, height: 1, top: 0, left: 0 },
      dpr: 1,
      frameloop: 'never',
    })
    keepProductColours(gl!)
    const store = root.render(<TryOnScene result={result} product={product} onProductError={(error) => { productError = error }} />)
    const deadline = performance.now() + timeoutMs
    const productName = `product:${product.id}`
    let model: Object3D | undefined
    while (!(model = store.getState().scene.getObjectByName(productName))) {
      if (productError) throw productError
      if (performance.now() > deadline) throw new Error(`the model did not load within ${timeoutMs / 1000} s`)
      await sleep(POLL_MS)
    }
    const { scene } = store.getState()
    await gl!.compileAsync(scene, camera)

    const setView = (window: FrameRect, width: number, height: number) => {
      store.getState().setSize(width, height, 0, 0)
      // The view stays the whole frame's (its aspect, its FOV); the offset picks the window of it.
      camera.setViewOffset(frameAspect, 1, window.x * frameAspect, window.y, window.width * frameAspect, window.height)
      camera.updateProjectionMatrix()
    }
    // One frame at the whole view puts the head and the product on the face (their useFrame).
    setView({ x: 0, y: 0, width: 1, height: 1 }, 64, Math.max(1, Math.round(64 / frameAspect)))
    store.getState().advance(performance.now())
    const found = model

    return {
      backend: rendererBackend(gl),
      productBounds() {
        const box = new Box3().setFromObject(found)
        camera.clearViewOffset()
        camera.updateMatrixWorld()
        let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity
        for (let i = 0; i < 8; i++) {
          corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z).project(camera)
          const u = (corner.x + 1) / 2, v = (1 - corner.y) / 2
          minX = Math.min(minX, u); maxX = Math.max(maxX, u); minY = Math.min(minY, v); maxY = Math.max(maxY, v)
        }
        return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
      },
      async draw(window, width, height) {
        setView(window, width, height)
        const copy = document.createElement('canvas')
        copy.width = width
        copy.height = height
        const context = copy.getContext('2d', { willReadFrequently: true })!
        const stop = performance.now() + timeoutMs
        for (;;) {
          store.getState().advance(performance.now())
          context.clearRect(0, 0, width, height)
          context.drawImage(canvas, 0, 0, width, height)
          if (drawnPixels(context, width, height) > 0) return copy
          if (productError) throw productError
          if (performance.now() > stop) throw new Error(`the product did not show in the render within ${timeoutMs / 1000} s`)
          await sleep(POLL_MS * 4)
          await gl!.compileAsync(scene, camera)
        }
      },
      close,
    }
  } catch (error) {
    close()
    throw error
  }
}

/** How many pixels of the copy are not fully transparent (the product drew something). */
function drawnPixels(context: CanvasRenderingContext2D, width: number, height: number): number {
  const { data } = context.getImageData(0, 0, width, height)
  let count = 0
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++
  return count
}
