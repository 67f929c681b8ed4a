import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { ProductManifest } from '../core/catalog/types'
import { coverRect, type Rect } from '../core/layout/coverRect'
import type { RendererBackend, RendererPreference } from '../render/createRenderer'
import { GpuIdleGate } from '../render/GpuIdleGate'
import { loadProductModel } from '../render/loadProductModel'
import { renderQuality, tryOnPixelRatio } from '../render/renderQuality'
import type { RenderStats } from '../render/renderStats'
import { TryOnCanvas } from '../render/TryOnCanvas'
import type { FaceSession } from '../vision/FaceSession'
import './tryOnStage.css'

export interface TryOnViewProps {
  session: FaceSession
  product: ProductManifest | undefined
  /** Every product of the rail, loaded in the background so switching is instant. */
  products: readonly ProductManifest[]
  renderer: RendererPreference
  stats: RenderStats
  probe: boolean
  showOccluder: boolean
  occluder: boolean
  onRendererReady: (backend: RendererBackend) => void
  onProductError: (error: Error) => void
}

/**
 * The mirrored try-on stage: the camera image with the 3D scene on top, both in one box of the
 * video's aspect that covers the view, mirrored together (a selfie view is a mirror). Once the
 * tracker answers, the image shown is the very frame each pose was computed on, so the glasses
 * never trail behind a moving head; before that, the live video shows.
 */
export default function TryOnView({
  session, product, products, renderer, stats, probe, showOccluder, occluder, onRendererReady, onProductError,
}: TryOnViewProps) {
  const viewport = useRef<HTMLDivElement>(null)
  const videoHost = useRef<HTMLDivElement>(null)
  const frameCanvas = useRef<HTMLCanvasElement>(null)
  const [rect, setRect] = useState<Rect>({ left: 0, top: 0, width: 0, height: 0 })
  const [syncedFrames, setSyncedFrames] = useState(false)

  // The camera's <video> element belongs to the session; show it here.
  useLayoutEffect(() => {
    const host = videoHost.current
    const video = session.camera.video
    video.className = 'stage__layer'
    host?.appendChild(video)
    return () => video.remove()
  }, [session])

  // Show each analysed frame as it comes back from the tracker (zero-copy transfer).
  useEffect(() => {
    const context = frameCanvas.current?.getContext('bitmaprenderer')
    if (!context) return
    let shown = false
    session.tracker.onFrameImage = (bitmap) => {
      context.transferFromImageBitmap(bitmap)
      if (!shown) {
        shown = true
        setSyncedFrames(true)
      }
    }
    return () => {
      session.tracker.onFrameImage = undefined
    }
  }, [session])

  // Keep the stage covering the viewport with the video's aspect.
  useEffect(() => {
    const element = viewport.current
    const video = session.camera.video
    if (!element) return
    const layout = () => {
      const aspect = video.videoWidth > 0 ? video.videoWidth / video.videoHeight : 4 / 3
      setRect(coverRect(element.clientWidth, element.clientHeight, aspect))
    }
    const observer = new ResizeObserver(layout)
    observer.observe(element)
    video.addEventListener('resize', layout)
    video.addEventListener('loadedmetadata', layout)
    layout()
    return () => {
      observer.disconnect()
      video.removeEventListener('resize', layout)
      video.removeEventListener('loadedmetadata', layout)
    }
  }, [session])

  useEffect(() => {
    for (const p of products) loadProductModel(p.asset).catch(() => undefined) // errors show when worn
  }, [products])

  // On an emulated GPU the tracker waits for each redraw to finish (see FaceTracker.sendGate).
  const gate = useMemo(() => (renderQuality().software ? new GpuIdleGate() : undefined), [])
  useEffect(() => {
    if (!gate) return
    session.tracker.sendGate = () => gate.wait()
    return () => {
      session.tracker.sendGate = undefined
    }
  }, [session, gate])

  const dpr = tryOnPixelRatio(renderQuality(), rect.width, session.camera.video.videoWidth, window.devicePixelRatio)
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session])

  return (
    <div className="viewport__stage-host" ref={viewport}>
      <div
        className="stage"
        data-synced-frames={syncedFrames}
        style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
      >
        <div ref={videoHost} className="stage__layer stage__video" hidden={syncedFrames} />
        <canvas ref={frameCanvas} className="stage__layer stage__frame" hidden={!syncedFrames} aria-hidden="true" />
        <TryOnCanvas
          key={renderer}
          result={session.result}
          subscribe={subscribe}
          product={product}
          renderer={renderer}
          stats={stats}
          probe={probe}
          showOccluder={showOccluder}
          occluder={occluder}
          dpr={dpr}
          gpuIdleGate={gate}
          onReady={onRendererReady}
          onProductError={onProductError}
        />
      </div>
    </div>
  )
}
