import { useEffect } from 'react'
import type { ConsentLedger } from '../../core/privacy/ConsentLedger'
import { CONSENT_PURPOSES } from '../../core/privacy/consentTypes'
import type { SessionDataRegistry } from '../../core/privacy/SessionDataRegistry'
import type { DwellEvent } from '../../core/signals/dwellTypes'
import { wipeSiteStorage } from '../../platform/wipeSiteStorage'
import { sharedHeartRateMonitor } from '../heartRate/sharedHeartRateMonitor'

export interface SessionDataSources {
  consents: ConsentLedger
  /** Whether the camera runs (its frames and face geometry exist in memory). */
  cameraOn: boolean
  stopCamera: () => void
  /** The looks at products gaze has produced this session (mutable log, owned by the app). */
  looks: DwellEvent[]
}

/**
 * Registers what the shopper app holds about the shopper with the registry the privacy centre
 * reads: permissions, the camera, gaze looks, heart rate, and this site's browser storage.
 */
export function useSessionDataHolders(registry: SessionDataRegistry, sources: SessionDataSources): void {
  const { consents, cameraOn, stopCamera, looks } = sources

  useEffect(
    () =>
      registry.register({
        key: 'permissions',
        describe: () => {
          const on = CONSENT_PURPOSES.filter((p) => consents.isGranted(p)).map((p) => consents.notice(p).title)
          return on.length ? `Your permissions: ${on.join(', ')} (receipts below)` : null
        },
        export: () => consents.history(),
        wipe: () => {
          for (const purpose of CONSENT_PURPOSES) consents.withdraw(purpose)
        },
      }),
    [registry, consents],
  )

  useEffect(() => {
    if (!cameraOn) return
    return registry.register({
      key: 'camera',
      describe: () => 'The live camera image and the geometry of your face, for the current frame only, in memory.',
      export: () => ({ cameraOn: true, note: 'Camera frames and face geometry are never kept, so there is nothing to export.' }),
      wipe: stopCamera,
    })
  }, [registry, cameraOn, stopCamera])

  useEffect(
    () =>
      registry.register({
        key: 'gazeLooks',
        describe: () => (looks.length ? `${looks.length} looks at products, from your gaze.` : null),
        export: () => looks.map((l) => ({ ...l })),
        wipe: () => {
          looks.length = 0
        },
      }),
    [registry, looks],
  )

  useEffect(
    () =>
      registry.register({
        key: 'heartRate',
        describe: () => {
          const s = sharedHeartRateMonitor.session
          return s.packets > 0 ? `${s.packets} heart-rate readings from your wearable, in memory.` : null
        },
        export: () => ({ readings: sharedHeartRateMonitor.session.history(), latest: sharedHeartRateMonitor.session.latest ?? null }),
        wipe: () => {
          sharedHeartRateMonitor.stop()
          sharedHeartRateMonitor.session.reset()
        },
      }),
    [registry],
  )

  useEffect(
    () =>
      registry.register({
        key: 'browserStorage',
        describe: () => {
          const items = localStorage.length + sessionStorage.length
          return items ? `${items} ${items === 1 ? 'item' : 'items'} saved by this site in this browser.` : null
        },
        export: () => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
        wipe: () => wipeSiteStorage(),
      }),
    [registry],
  )
}
