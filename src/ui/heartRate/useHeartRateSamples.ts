import { useEffect, useLayoutEffect, useRef } from 'react'
import type { HeartRateMonitor } from '../../ble/HeartRateMonitor'
import type { HeartRateSample } from '../../core/signals/ble/heartRateTypes'
import { sharedHeartRateMonitor } from './sharedHeartRateMonitor'

/**
 * Calls `listener` with every good heart-rate reading ({ atSec, bpm, rrIntervalsMs, contact }) while
 * the component is mounted, outside React state (no re-render per packet). The latest `listener` is
 * used without resubscribing. Outside React, use `monitor.subscribe(listener)`.
 */
export function useHeartRateSamples(listener: (sample: HeartRateSample) => void, monitor: HeartRateMonitor = sharedHeartRateMonitor): void {
  const latest = useRef(listener)
  useLayoutEffect(() => {
    latest.current = listener
  })
  useEffect(() => monitor.subscribe((sample) => latest.current(sample)), [monitor])
}
