import { useSyncExternalStore } from 'react'
import type { KioskState } from '../core/kiosk/kioskTypes'
import type { KioskRuntime } from './KioskRuntime'

/** The kiosk's state as React state (changes only: touches and ticks that change nothing do not re-render). */
export function useKioskState(runtime: KioskRuntime): KioskState {
  return useSyncExternalStore(
    (listener) => runtime.machine.subscribe(listener),
    () => runtime.machine.getState(),
  )
}
