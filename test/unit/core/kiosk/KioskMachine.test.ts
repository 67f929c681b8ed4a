import { describe, expect, it, vi } from 'vitest'
import { KioskMachine } from '../../../../src/core/kiosk/KioskMachine'
import { PRESENCE_ARRIVE_MS, PRESENCE_CHECK_INTERVAL_MS, PRESENCE_LEAVE_MS } from '../../../../src/core/kiosk/kioskDefaults'

const IDLE_MS = 45_000
const COUNTDOWN_MS = 10_000

/** A kiosk and a clock: face checks every PRESENCE_CHECK_INTERVAL_MS, ticks on demand. */
function kiosk() {
  const machine = new KioskMachine({ idleMs: IDLE_MS, countdownMs: COUNTDOWN_MS }, 0)
  let now = 0
  const face = (found: boolean, forMs: number) => {
    const end = now + forMs
    while (now < end) {
      now += PRESENCE_CHECK_INTERVAL_MS
      machine.dispatch({ type: 'face', found, at: now })
      machine.dispatch({ type: 'tick', at: now })
    }
  }
  const wait = (ms: number) => {
    const end = now + ms
    while (now < end) {
      now = Math.min(end, now + PRESENCE_CHECK_INTERVAL_MS)
      machine.dispatch({ type: 'tick', at: now })
    }
  }
  return { machine, face, wait, at: () => now, phase: () => machine.getState().phase }
}

/** A visitor who walked up and agreed. */
function inSession() {
  const k = kiosk()
  k.face(true, 2000)
  k.machine.dispatch({ type: 'consented', at: k.at() })
  return k
}

describe('KioskMachine', () => {
  it('wakes to the consent screen when someone stays in front of it, with a new session', () => {
    const k = kiosk()
    k.face(true, PRESENCE_ARRIVE_MS + PRESENCE_CHECK_INTERVAL_MS)
    expect(k.phase()).toBe('consent')
    expect(k.machine.getState()).toMatchObject({ sessionId: 1, sessionsStarted: 1, present: true })
  })

  it('does not wake for a passer-by crossing the view', () => {
    const k = kiosk()
    k.face(true, PRESENCE_ARRIVE_MS - 2 * PRESENCE_CHECK_INTERVAL_MS)
    k.face(false, 3000)
    expect(k.phase()).toBe('attract')
    expect(k.machine.getState().sessionsStarted).toBe(0)
  })

  it('wakes on a touch when nobody is seen (touch to start)', () => {
    const k = kiosk()
    k.machine.dispatch({ type: 'touch', at: 100 })
    expect(k.phase()).toBe('consent')
  })

  it('keeps a session while the shopper is in view, however long', () => {
    const k = inSession()
    k.face(true, 10 * IDLE_MS)
    expect(k.phase()).toBe('session')
  })

  it('shows the countdown once nobody is seen and nothing is touched for the idle time, counted from the departure', () => {
    const k = inSession()
    const left = k.at()
    k.face(false, PRESENCE_LEAVE_MS + IDLE_MS - 2 * PRESENCE_CHECK_INTERVAL_MS)
    expect(k.phase()).toBe('session')
    k.face(false, 3 * PRESENCE_CHECK_INTERVAL_MS)
    expect(k.phase()).toBe('countdown')
    expect(k.at() - left).toBeGreaterThanOrEqual(PRESENCE_LEAVE_MS + IDLE_MS)
    expect(k.machine.secondsLeft(k.at())).toBe(COUNTDOWN_MS / 1000)
  })

  it('counts down in whole seconds and wipes at zero, then attracts again', () => {
    const k = inSession()
    k.face(false, PRESENCE_LEAVE_MS + IDLE_MS + PRESENCE_CHECK_INTERVAL_MS)
    const started = k.machine.getState().phaseSince
    k.wait(started + 3500 - k.at())
    expect(k.machine.secondsLeft(k.at())).toBe(7)
    k.wait(started + COUNTDOWN_MS - 1 - k.at())
    expect(k.phase()).toBe('countdown')
    k.wait(1)
    expect(k.phase()).toBe('wiping')
    k.machine.dispatch({ type: 'wiped', at: k.at() })
    expect(k.machine.getState()).toMatchObject({ phase: 'attract', wipesDone: 1 })
  })

  it('a touch during the countdown cancels it and restarts the idle time from the touch', () => {
    const k = inSession()
    k.face(false, PRESENCE_LEAVE_MS + IDLE_MS + PRESENCE_CHECK_INTERVAL_MS)
    k.wait(5000)
    k.machine.dispatch({ type: 'touch', at: k.at() })
    expect(k.phase()).toBe('session')
    const touched = k.at()
    k.wait(IDLE_MS - PRESENCE_CHECK_INTERVAL_MS)
    expect(k.phase()).toBe('session')
    k.wait(PRESENCE_CHECK_INTERVAL_MS)
    expect(k.phase()).toBe('countdown')
    expect(k.at() - touched).toBe(IDLE_MS)
  })

  it('a face coming back during the countdown cancels it', () => {
    const k = inSession()
    k.face(false, PRESENCE_LEAVE_MS + IDLE_MS + PRESENCE_CHECK_INTERVAL_MS)
    k.face(true, PRESENCE_ARRIVE_MS + PRESENCE_CHECK_INTERVAL_MS)
    expect(k.phase()).toBe('session')
  })

  it('goes idle on the consent screen too, and a touch there returns to consent', () => {
    const k = kiosk()
    k.machine.dispatch({ type: 'touch', at: 0 })
    k.wait(IDLE_MS)
    expect(k.phase()).toBe('countdown')
    k.machine.dispatch({ type: 'touch', at: k.at() })
    expect(k.phase()).toBe('consent')
  })

  it('declining (End) wipes at once', () => {
    const k = kiosk()
    k.machine.dispatch({ type: 'touch', at: 0 })
    k.machine.dispatch({ type: 'end', at: 10 })
    expect(k.phase()).toBe('wiping')
  })

  it('after End, someone still standing there does not start a new session until they step away and come back', () => {
    const k = inSession()
    k.machine.dispatch({ type: 'end', at: k.at() })
    k.machine.dispatch({ type: 'wiped', at: k.at() })
    k.face(true, 5000)
    expect(k.phase()).toBe('attract')
    k.face(false, PRESENCE_LEAVE_MS + PRESENCE_CHECK_INTERVAL_MS)
    k.face(true, PRESENCE_ARRIVE_MS + PRESENCE_CHECK_INTERVAL_MS)
    expect(k.machine.getState()).toMatchObject({ phase: 'consent', sessionId: 2, sessionsStarted: 2 })
  })

  it('ignores touches and faces while wiping', () => {
    const k = inSession()
    k.machine.dispatch({ type: 'end', at: k.at() })
    k.machine.dispatch({ type: 'touch', at: k.at() + 1 })
    k.face(false, PRESENCE_LEAVE_MS + PRESENCE_CHECK_INTERVAL_MS)
    k.face(true, 2000)
    expect(k.phase()).toBe('wiping')
  })

  it('tells listeners about changes only, with the previous state', () => {
    const k = kiosk()
    const listener = vi.fn()
    k.machine.subscribe(listener)
    k.wait(5000)
    expect(listener).not.toHaveBeenCalled()
    k.machine.dispatch({ type: 'touch', at: k.at() })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0]![1].phase).toBe('attract')
    expect(listener.mock.calls[0]![0].phase).toBe('consent')
  })

  it('rejects timings that would never or always end a session', () => {
    expect(() => new KioskMachine({ idleMs: 0, countdownMs: 10_000 }, 0)).toThrow(/idleMs and countdownMs must be > 0/)
    expect(() => new KioskMachine({ idleMs: 45_000, countdownMs: Number.NaN }, 0)).toThrow(/NaN/)
  })
})
