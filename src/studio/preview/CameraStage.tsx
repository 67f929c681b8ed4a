import { Suspense, lazy, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { ProductManifest } from '../../core/catalog/types'
import { shopperStatus } from '../../core/session/shopperStatus'
import { STATUS_TEXT } from '../../core/session/statusText'
import type { RendererBackend } from '../../render/createRenderer'
import { createRenderStats } from '../../render/renderStats'
import { FaceSession } from '../../vision/FaceSession'

// The shopper app's own try-on stage: what the brand sees here is what shoppers get.
const TryOnView = lazy(() => import('../../ui/TryOnView'))

export interface CameraStageProps {
  product: ProductManifest | undefined
  showPivot: boolean
  onProductError: (error: Error) => void
}

function useSessionState(session: FaceSession | undefined) {
  const subscribe = useCallback((listener: () => void) => session?.subscribeState(listener) ?? (() => undefined), [session])
  return useSyncExternalStore(subscribe, () => session?.state)
}

/**
 * The product on the live camera, tracked like in the shopper app. The camera opens only when the
 * button is pressed and closes when the tab changes, the stop button is pressed or the editor closes.
 */
export function CameraStage({ product, showPivot, onProductError }: CameraStageProps) {
  const [session, setSession] = useState<FaceSession | undefined>()
  const [backend, setBackend] = useState<RendererBackend | undefined>()
  const stats = useMemo(createRenderStats, [])
  const state = useSessionState(session)
  useEffect(() => () => session?.stop(), [session])

  const start = () => {
    const created = new FaceSession()
    setSession(created)
    void created.start()
  }
  const status = state ? shopperStatus({ consented: true, ...state }) : 'consent'
  const text = STATUS_TEXT[status]
  return (
    <div className="camera-preview">
      <div className="camera-stage" data-status={status} data-renderer={backend}>
        {session && (
          <Suspense fallback={null}>
            <TryOnView
              session={session}
              product={product}
              products={product ? [product] : []}
              renderer="auto"
              stats={stats}
              probe={showPivot}
              showOccluder={false}
              occluder
              onRendererReady={setBackend}
              onProductError={onProductError}
            />
          </Suspense>
        )}
        {!session ? (
          <div className="camera-stage__status">
            <p>See the product on your own face. The camera image stays in this browser: nothing is uploaded.</p>
            <button type="button" className="button button--primary" onClick={start}>Start the camera</button>
          </div>
        ) : status !== 'tracking' && (
          <div className="camera-stage__status" role={text.action === 'retry' ? 'alert' : 'status'}>
            <p><strong>{text.title}</strong></p>
            <p>{text.body}</p>
            {text.action === 'retry' && <button type="button" className="button button--primary" onClick={() => void session.retry()}>Try again</button>}
          </div>
        )}
      </div>
      {session && (
        <button type="button" className="button button--quiet" onClick={() => setSession(undefined)}>Stop the camera</button>
      )}
    </div>
  )
}
