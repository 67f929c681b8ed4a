import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { ProductManifest } from '../../core/catalog/types'
import type { MoodStore } from '../../core/mood/createMoodStore'
import type { ConsentLedger } from '../../core/privacy/ConsentLedger'
import type { SessionDataRegistry } from '../../core/privacy/SessionDataRegistry'
import { exportRankerState } from '../../core/ranker/exportRankerState'
import { Ranker } from '../../core/ranker/Ranker'
import type { RankerEvent, RankerView, StatedPreferences } from '../../core/ranker/types'
import { forgetRanker, loadRanker, saveRanker } from './rankerStorage'
import type { SuggestionExperiment } from './useSuggestionExperiment'

const EMPTY_VIEW: RankerView = { slate: [], personalised: false, preferences: { styles: [], budget: null } }

export interface RankerHandle {
  ranker: Ranker | undefined
  view: RankerView
  /** Records a shopper event (the latest mood sample and the hour go with it); reranks at once. */
  record: (event: RankerEvent) => void
  setPreferences: (preferences: StatedPreferences) => void
  /** How many events taught the ranker this session. */
  interactions: number
  /** A storage problem the shopper should know about. */
  notice: string | undefined
}

/**
 * The on-device ranker for the shopper app: personalised only with the `personalisation` consent
 * (otherwise the non-personalised order, learning nothing), remembered in this browser only with
 * the `remember` consent, fed the sampled mood on events (never per frame), and registered with
 * the privacy centre.
 */
export function useRanker(
  products: readonly ProductManifest[],
  consents: ConsentLedger,
  moodStore: MoodStore,
  registry: SessionDataRegistry,
  experiment: SuggestionExperiment,
): RankerHandle {
  const ranker = useMemo(() => (products.length ? new Ranker(products, { seed: Math.floor(Math.random() * 2 ** 31) }) : undefined), [products])
  const [notice, setNotice] = useState<string | undefined>()
  const interactions = useRef(0)
  const [, bump] = useState(0)

  const view = useSyncExternalStore(
    useCallback((listener: () => void) => ranker?.store.subscribe(listener) ?? (() => {}), [ranker]),
    () => ranker?.store.getState() ?? EMPTY_VIEW,
  )

  useEffect(() => {
    if (!ranker) return
    const sync = () => {
      // The control arm keeps the store's order even with consent: the comparison group.
      ranker.setPersonalised(consents.isGranted('personalisation') && experiment.arm.personalised)
      if (consents.isGranted('remember')) {
        if (interactions.current === 0) setNotice(loadRanker(ranker))
      } else forgetRanker() // withdrawn (or never given): nothing stays in the browser
    }
    sync()
    return consents.subscribe(sync)
  }, [ranker, consents, experiment])

  // Each new list shown is an impression of the experiment's arm.
  useEffect(() => {
    if (view.slate.length > 0) experiment.count('impression')
  }, [view.slate, experiment])

  const record = useCallback(
    (event: RankerEvent) => {
      if (!ranker) return
      ranker.setMood(moodStore.getState())
      ranker.setHourOfDay(new Date().getHours())
      ranker.record(event)
      if (event.kind === 'tryOn' || event.kind === 'like' || event.kind === 'addToBag') experiment.count(event.kind)
      if (!ranker.store.getState().personalised) return
      interactions.current++
      bump((n) => n + 1)
      if (consents.isGranted('remember')) setNotice(saveRanker(ranker))
    },
    [ranker, moodStore, consents, experiment],
  )

  const setPreferences = useCallback(
    (preferences: StatedPreferences) => {
      ranker?.setPreferences(preferences)
      if (ranker && consents.isGranted('remember')) setNotice(saveRanker(ranker))
    },
    [ranker, consents],
  )

  useEffect(() => {
    if (!ranker) return
    return registry.register({
      key: 'suggestions',
      describe: () =>
        interactions.current > 0 || ranker.store.getState().preferences.styles.length > 0 || ranker.store.getState().preferences.budget
          ? `What suggestions learned from ${interactions.current} of your actions this visit, and your stated preferences${consents.isGranted('remember') ? ' (remembered on this device)' : ''}.`
          : null,
      export: () => exportRankerState(ranker),
      wipe: () => {
        ranker.resetAll()
        forgetRanker()
        interactions.current = 0
        bump((n) => n + 1)
      },
    })
  }, [ranker, registry, consents])

  return { ranker, view, record, setPreferences, interactions: interactions.current, notice }
}
