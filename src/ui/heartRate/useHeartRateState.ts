import { useCallback, useSyncExternalStore } from 'react'
import type { HeartRateMonitor } from '../../ble/HeartRateMonitor'
import { HR_UI_UPDATE_INTERVAL_MS } from '../../core/signals/ble/bleDefaults'
import type { HeartRateMonitorState } from '../../core/signals/ble/heartRateTypes'

/**
 * The monitor's state as React state, re-rendering at most once per `intervalMs` however fast the
 * sensor sends (a change inside the interval is shown at its end, never dropped).
 */
export function useHeartRateState(monitor: HeartRateMonitor, intervalMs: number = HR_UI_UPDATE_INTERVAL_MS): HeartRateMonitorState {
  const subscribe = useCallback(
    (notify: () => void) => {
      let lastMs = Number.NEGATIVE_INFINITY
      let timer: ReturnType<typeof setTimeout> | undefined
      const fire = () => {
        timer = undefined
        lastMs = performance.now()
        notify()
      }
      const unsubscribe = monitor.subscribeState(() => {
        if (timer !== undefined) return
        const waitMs = lastMs + intervalMs - performance.now()
        if (waitMs <= 0) fire()
        else timer = setTimeout(fire, waitMs)
      })
      return () => {
        unsubscribe()
        clearTimeout(timer)
      }
    },
    [monitor, intervalMs],
  )
  return useSyncExternalStore(subscribe, () => monitor.state)
}
