import { createRoot, type Root } from 'react-dom/client'
import { lazy, Suspense } from 'react'
import type { ProductManifest } from './core/catalog/types'
import type { FaceResult, TrackerDelegate } from './core/face/types'
import { shopperStatus, type ShopperStatus } from './core/session/shopperStatus'
import { STATUS_TEXT, type StatusText } from './core/session/statusText'
import type { RendererBackend, RendererPreference } from './render/createRenderer'
import { createRenderStats } from './render/renderStats'
import { FaceSession } from './vision/FaceSession'

const TryOnView = lazy(() => import('./ui/TryOnView'))

export interface CreateTryOnOptions {
  /** Element the mirrored try-on fills (give it a size; it is positioned relative). */
  container: HTMLElement
  /** The product worn first (a validated manifest, see core/catalog). */
  product?: ProductManifest
  /** Graphics API. Default 'auto' (WebGPU, else WebGL2). */
  renderer?: RendererPreference
  /** Model delegate. Default 'auto' (GPU unless WebGL is software-rendered). */
  delegate?: TrackerDelegate | 'auto'
  /** URL of face_landmarker.task. Default `/models/face_landmarker.task`. */
  modelUrl?: string
  /** URL of MediaPipe's wasm folder. Default `/mediapipe/wasm`. */
  wasmBaseUrl?: string
}

export interface TryOn {
  /** Asks for the camera (call from a click: browsers want a user gesture) and starts tracking. */
  start(): Promise<void>
  /** Retries what failed (camera or tracker), e.g. after the shopper allowed the camera again. */
  retry(): Promise<void>
  /** Wears another product. */
  setProduct(product: ProductManifest | undefined): void
  /** Per tracker result: tracked flag, smoothed pose, anchors (with normalised `uv`), blendshapes. Returns the unsubscribe. */
  onFace(listener: (face: FaceResult) => void): () => void
  /** The shopper-facing status and its text: now, then on every change. Returns the unsubscribe. */
  onStatus(listener: (status: ShopperStatus, text: StatusText) => void): () => void
  /** The backend the renderer got, once it runs. */
  readonly backend: RendererBackend | undefined
  /** Stops the camera and tracking and removes the view. */
  destroy(): void
}

/**
 * The try-on for pages without React: camera, face tracking in a worker, and the product drawn
 * on the face inside `container`. Nothing leaves the device.
 *
 * ```ts
 * const tryOn = createTryOn({ container: document.querySelector('#mirror')!, product })
 * button.onclick = () => tryOn.start()
 * tryOn.onFace((face) => console.log(face.tracked, face.anchors.noseBridge.uv))
 * ```
 */
export function createTryOn(options: CreateTryOnOptions): TryOn {
  const session = new FaceSession({ delegate: options.delegate ?? 'auto', modelUrl: options.modelUrl, wasmBaseUrl: options.wasmBaseUrl })
  const stats = createRenderStats()
  let product = options.product
  let backend: RendererBackend | undefined
  let root: Root | undefined
  let started = false
  options.container.style.position ||= 'relative'
  options.container.style.overflow = 'hidden'

  const render = () => {
    if (!started) return
    root ??= createRoot(options.container)
    root.render(
      <Suspense fallback={null}>
        <TryOnView
          session={session}
          product={product}
          products={product ? [product] : []}
          renderer={options.renderer ?? 'auto'}
          stats={stats}
          probe={false}
          showOccluder={false}
          occluder
          onRendererReady={(b) => {
            backend = b
          }}
          onProductError={(error) => console.error(error)}
        />
      </Suspense>,
    )
  }

  return {
    async start() {
      started = true
      render()
      await session.start()
    },
    retry() {
      return session.retry()
    },
    setProduct(next) {
      product = next
      render()
    },
    onFace(listener) {
      return session.subscribe((face) => listener(face))
    },
    onStatus(listener) {
      let last: ShopperStatus | undefined
      const report = (state: typeof session.state) => {
        const status = shopperStatus({ consented: started, ...state })
        if (status !== last) listener((last = status), STATUS_TEXT[status])
      }
      report(session.state)
      return session.subscribeState(report)
    },
    get backend() {
      return backend
    },
    destroy() {
      session.stop()
      root?.unmount()
      root = undefined
    },
  }
}
