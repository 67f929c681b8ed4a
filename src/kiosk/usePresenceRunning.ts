import { useSyncExternalStore } from 'react'
import type { KioskRuntime } from './KioskRuntime'

/** Whether the presence camera is checking (or about to): the attract screen then invites people to step closer. */
export function usePresenceRunning(runtime: KioskRuntime): boolean {
  return useSyncExternalStore(
    (listener) => runtime.subscribePresenceStatus(listener),
    () => runtime.presenceStatus === 'running' || runtime.presenceStatus === 'starting',
  )
}
