import { useEffect, useState } from 'react'
import { KIOSK_TICK_MS } from '../core/kiosk/kioskDefaults'
import type { KioskRuntime } from './KioskRuntime'

/** Whole seconds left on the countdown, refreshed while it runs. */
export function useCountdownSeconds(runtime: KioskRuntime, counting: boolean): number {
  const [seconds, setSeconds] = useState(() => runtime.machine.secondsLeft(performance.now()))
  useEffect(() => {
    if (!counting) return
    const update = () => setSeconds(runtime.machine.secondsLeft(performance.now()))
    update()
    const timer = setInterval(update, KIOSK_TICK_MS)
    return () => clearInterval(timer)
  }, [runtime, counting])
  return seconds
}
