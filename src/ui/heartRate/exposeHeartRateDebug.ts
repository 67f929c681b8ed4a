import type { HeartRateMonitor } from '../../ble/HeartRateMonitor'

/** What `window.__vitrine.heartRate` holds with `?debug`. */
export interface HeartRateDebugHandle {
  monitor: HeartRateMonitor
  /** Reads Heart Rate Measurement once (the emulated sensor in tests answers with real bytes); resolves with them. */
  readMeasurementOnce(): Promise<number[]>
}

/**
 * Puts the monitor on `window.__vitrine.heartRate` (added to whatever `__vitrine` holds) so tests can
 * drive an emulated sensor, which cannot push notifications through the DevTools Protocol but can
 * answer reads. Returns the removal.
 */
export function exposeHeartRateDebug(monitor: HeartRateMonitor): () => void {
  const scope = window as unknown as { __vitrine?: Record<string, unknown> }
  const handle: HeartRateDebugHandle = {
    monitor,
    readMeasurementOnce: async () => {
      const value = await monitor.readMeasurementOnce()
      return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
    },
  }
  const root = (scope.__vitrine ??= {})
  root.heartRate = handle
  return () => {
    if (scope.__vitrine?.heartRate === handle) delete scope.__vitrine.heartRate
  }
}
