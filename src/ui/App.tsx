import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Catalog } from '../core/catalog/types'
import { ConsentLedger } from '../core/privacy/ConsentLedger'
import type { DwellEvent } from '../core/signals/dwellTypes'
import { shopperStatus } from '../core/session/shopperStatus'
import type { RendererBackend } from '../render/createRenderer'
import { createRenderStats } from '../render/renderStats'
import { FaceSession } from '../vision/FaceSession'
import type { AppHost } from './AppHost'
import type { AppOptions } from './appOptions'
import { DebugOverlay } from './DebugOverlay'
import { loadCatalog } from './loadCatalog'
import { ProductRail } from './ProductRail'
import { StatusPanel } from './StatusPanel'
import { useFaceSessionState } from './useFaceSessionState'
import { ConsentContext, useConsent } from './privacy/ConsentContext'
import type { PrivacyConfig } from './privacy/loadPrivacyConfig'
import { PrivacyCentre } from './privacy/PrivacyCentre'
import { keepRememberedConsents, readRememberedConsents } from './privacy/rememberedConsents'
import { useSessionDataHolders } from './privacy/useSessionDataHolders'
import { useMoodModel } from './mood/useMoodModel'
import { useRanker } from './suggestions/useRanker'
import { useSuggestionExperiment } from './suggestions/useSuggestionExperiment'
import { SuggestionsRail } from './suggestions/SuggestionsRail'
import { PreferencesForm } from './suggestions/PreferencesForm'
import { SignalConsent } from './privacy/SignalConsent'
import { SessionDataRegistry } from '../core/privacy/SessionDataRegistry'
import { SignalsPanel } from './SignalsPanel'
import { useCameraGaze } from './gaze/useCameraGaze'
import { HeadsetPanel } from './headset/HeadsetPanel'
import { HeartRateCard } from './heartRate/HeartRateCard'

// three.js, @react-three/fiber and the scene load only once the shopper allows the camera.
const TryOnView = lazy(() => import('./TryOnView'))

/** The rail's tiles, which gaze dwell is measured on. */
const PRODUCT_TILE_SELECTOR = '.rail .tile'

/** The shopper app: consent, live try-on, product rail, optional signals. */
export function App({ options, privacy, host }: { options: AppOptions; privacy?: PrivacyConfig; host?: AppHost }) {
  const given = host?.consents
  const consents = useMemo(() => given ?? new ConsentLedger(privacy?.notices, readRememberedConsents()), [privacy, given])
  useEffect(() => keepRememberedConsents(consents), [consents])
  return (
    <ConsentContext.Provider value={consents}>
      <ShopperApp options={options} consents={consents} host={host} />
    </ConsentContext.Provider>
  )
}

function ShopperApp({ options, consents, host }: { options: AppOptions; consents: ConsentLedger; host: AppHost | undefined }) {
  const [catalog, setCatalog] = useState<Catalog | undefined>()
  const [catalogError, setCatalogError] = useState<string | undefined>()
  const [productError, setProductError] = useState<string | undefined>()
  const [selectedId, setSelectedId] = useState(options.productId)
  const [session, setSession] = useState<FaceSession | undefined>()
  const [backend, setBackend] = useState<RendererBackend | undefined>()
  const [occluder, setOccluder] = useState(true)
  const renderStats = useMemo(createRenderStats, [])
  const state = useFaceSessionState(session)
  const status = shopperStatus({ consented: session !== undefined, ...state })

  useEffect(() => {
    loadCatalog(options.catalogUrl).then(setCatalog, (error: Error) => setCatalogError(error.message))
  }, [options.catalogUrl])

  const products = catalog?.products ?? []
  const product = products.find((p) => p.id === selectedId) ?? products[0]

  const allowCamera = useCallback(() => {
    consents.grant('camera')
    const created = new FaceSession({ delegate: options.delegate })
    setSession(created)
    void created.start()
  }, [options.delegate, consents])

  const stopCamera = useCallback(() => {
    consents.withdraw('camera')
    setSession(undefined) // the effect below stops it: the camera track ends at once
    setBackend(undefined)
  }, [consents])

  // Camera consent withdrawn any way (Stop camera, Forget all): the camera stops at once.
  const cameraAllowed = useConsent('camera')
  useEffect(() => {
    if (session && !cameraAllowed) stopCamera()
  }, [session, cameraAllowed, stopCamera])

  const registry = useMemo(() => new SessionDataRegistry(), [])
  const looks = useMemo<DwellEvent[]>(() => [], [])
  const [privacyCentreOpen, setPrivacyCentreOpen] = useState(false)
  useSessionDataHolders(registry, { consents, cameraOn: session !== undefined, stopCamera, looks })

  const gazeAllowed = useConsent('gaze')
  const moodRef = useRef<ReturnType<typeof useMoodModel> | undefined>(undefined)
  const recordRef = useRef<ReturnType<typeof useRanker>['record'] | undefined>(undefined)
  const onDwell = useCallback((event: DwellEvent, source: 'camera' | 'headset' = 'camera') => {
    looks.push({ ...event })
    moodRef.current?.sampler.offerDwell(event, performance.now() / 1000)
    recordRef.current?.({ kind: 'dwell', ...event })
    window.dispatchEvent(new CustomEvent('vitrine:dwell', { detail: { ...event, source } }))
  }, [looks])
  const gaze = useCameraGaze(session, gazeAllowed && state.tracker === 'running', PRODUCT_TILE_SELECTOR, onDwell)
  const mood = useMoodModel(consents, registry, session, gaze)
  moodRef.current = mood
  const experiment = useSuggestionExperiment(consents, registry, options.arm)
  const suggestions = useRanker(products, consents, mood.store, registry, experiment)
  recordRef.current = suggestions.record

  // Wearing another pair is a try-on for the ranker; how long the last one was worn tells the mood model.
  const wornSince = useRef(performance.now())
  const wear = useCallback(
    (id: string) => {
      if (id === product?.id) return
      const nowMs = performance.now()
      mood.sampler.offerTryOn((nowMs - wornSince.current) / 1000, nowMs / 1000)
      wornSince.current = nowMs
      setProductError(undefined)
      setSelectedId(id)
      suggestions.record({ kind: 'tryOn', id })
    },
    [product?.id, mood.sampler, suggestions],
  )

  useEffect(() => () => session?.stop(), [session])

  // Embedded (the kiosk): a camera already allowed starts at once; the host follows the session and the data held.
  const autoStarted = useRef(false)
  useEffect(() => {
    if (host?.consents && !autoStarted.current && consents.isGranted('camera')) {
      autoStarted.current = true
      allowCamera()
    }
  }, [host?.consents, consents, allowCamera])
  const { onFaceSession, onSessionData } = host ?? {}
  useEffect(() => onFaceSession?.(session), [session, onFaceSession])
  useEffect(() => onSessionData?.(registry), [registry, onSessionData])

  // Tests and the benchmark wait for this, then read window.__vitrine (only with ?debug, ?probe or ?bench).
  useEffect(() => {
    if (!session || !backend || state.tracker !== 'running') return
    if (options.debug || options.probe || options.bench) {
      // Merged: other parts (the heart-rate card's debug hook) may have put theirs there already.
      const existing = (window as { __vitrine?: object }).__vitrine
      const handle = Object.assign(existing ?? {}, { session, renderStats, backend, setOccluder, gaze, consents })
      Object.assign(window, { __vitrine: handle })
      // ?bench: the benchmark's bare-detection baseline, a chunk nothing else loads.
      if (options.bench) {
        void import('../vision/rawDetectBench').then(({ measureRawDetect }) => Object.assign(handle, { measureRawDetect }))
      }
    }
    window.dispatchEvent(new CustomEvent('vitrine:ready', { detail: { backend, delegate: session.tracker.stats.delegate } }))
  }, [session, backend, state.tracker, options.debug, options.probe, options.bench, renderStats, gaze, consents])

  const detail = state.trackerError ?? state.cameraDetail
  return (
    <div className="app">
      <main className="viewport" aria-label="Try-on">
        {session && (
          <Suspense fallback={null}>
            <TryOnView
              session={session}
              product={product}
              products={products}
              renderer={options.renderer}
              stats={renderStats}
              probe={options.probe}
              showOccluder={options.showOccluder}
              occluder={occluder}
              onRendererReady={setBackend}
              onProductError={(error) => setProductError(error.message)}
            />
          </Suspense>
        )}
        <StatusPanel
          status={status}
          detail={detail}
          onAllowCamera={allowCamera}
          onRetry={() => void session?.retry()}
          cameraNotice={consents.notice('camera')}
        />
        {productError && (
          <p className="notice" role="alert">
            This pair could not be shown: {productError} Pick another pair.
          </p>
        )}
        {session && options.debug && <DebugOverlay session={session} stats={renderStats} />}
      </main>
      <aside className="side" aria-label="Signals and suggestions">
        <SuggestionsRail
          view={suggestions.view}
          products={products}
          wornId={product?.id}
          onTryOn={wear}
          onEvent={(event) => {
            suggestions.record(event)
            if (event.kind === 'skip') mood.sampler.offerSkip(0, performance.now() / 1000)
          }}
        />
        {suggestions.notice && (
          <p className="signal__note signal__note--warn" role="alert">
            {suggestions.notice}
          </p>
        )}
        <PreferencesForm products={products} preferences={suggestions.view.preferences} onChange={suggestions.setPreferences} />
        <SignalConsent purpose="personalisation">
          <p className="signal__live" data-arm={experiment.arm.name}>
            {experiment.arm.personalised
              ? 'Suggestions are ordered for you.'
              : "This visit is in a comparison group that sees the store's usual order, even with personal suggestions on."}
          </p>
        </SignalConsent>
        {!host?.shared && (
          <SignalConsent purpose="remember">
            <p className="signal__live">Your likes, skips and preferences are kept in this browser.</p>
          </SignalConsent>
        )}
        <SignalsPanel gaze={gaze} products={products} cameraOn={session !== undefined} onStopCamera={stopCamera}>
          <HeartRateCard debug={options.debug} />
          <HeadsetPanel products={products} onDwell={onDwell} />
        </SignalsPanel>
        <div className="side__footer">
          <button type="button" className="button button--quiet" onClick={() => setPrivacyCentreOpen(true)}>
            Privacy centre
          </button>
          <a href="/privacy.html" target="_blank" rel="noopener">
            Retention policy
          </a>
        </div>
        {privacyCentreOpen && <PrivacyCentre registry={registry} onClose={() => setPrivacyCentreOpen(false)} />}
      </aside>
      {catalogError ? (
        <p className="notice notice--rail" role="alert">
          Products could not be loaded. {catalogError}
        </p>
      ) : (
        <ProductRail
          products={products}
          selectedId={product?.id}
          onSelect={wear}
        />
      )}
    </div>
  )
}
