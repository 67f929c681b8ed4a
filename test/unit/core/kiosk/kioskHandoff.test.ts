import { describe, expect, it } from 'vitest'
import { PRESENCE_ARRIVE_MS, PRESENCE_CHECK_INTERVAL_MS, PRESENCE_LEAVE_MS } from '../../../../src/core/kiosk/kioskDefaults'
import { acceptHandoff, HANDOFF_PARAM, handoffAfterWipe, handoffUrl, type KioskHandoff } from '../../../../src/core/kiosk/kioskHandoff'
import { KioskMachine } from '../../../../src/core/kiosk/KioskMachine'
import { initialKioskState } from '../../../../src/core/kiosk/kioskTransition'

const clean = { ran: ['camera', 'heart-rate', 'consent', 'browser-storage'], failed: [], durationMs: 40 }
const handoff = (visits: number, present = false): KioskHandoff => ({ visits, present, lastWipe: clean })
const TIMING = { idleMs: 45_000, countdownMs: 10_000 }

describe('the handoff to a fresh page after a wipe', () => {
  it('marks the next page URL with the visit count, keeping every setting', () => {
    expect(handoffUrl('http://shop.test/kiosk/?hooks&idle=30&catalog=/catalog/demo.json', 3)).toBe(`http://shop.test/kiosk/?hooks&idle=30&catalog=/catalog/demo.json&${HANDOFF_PARAM}=3`)
    expect(handoffUrl('http://shop.test/kiosk/', 1)).toBe(`http://shop.test/kiosk/?${HANDOFF_PARAM}=1`)
    expect(handoffUrl(`http://shop.test/kiosk/?idle=30&${HANDOFF_PARAM}=3`, 4)).toBe(`http://shop.test/kiosk/?idle=30&${HANDOFF_PARAM}=4`)
  })

  it('is continued from only when the URL names the stored visit count', () => {
    expect(acceptHandoff(`?idle=30&${HANDOFF_PARAM}=2`, handoff(2))).toEqual(handoff(2))
    // The launcher's URL (a crash, a power cut): a start of its own, whatever is stored.
    expect(acceptHandoff('?idle=30', handoff(2))).toBeUndefined()
    // A stale record, or none.
    expect(acceptHandoff(`?${HANDOFF_PARAM}=3`, handoff(2))).toBeUndefined()
    expect(acceptHandoff(`?${HANDOFF_PARAM}=2`, undefined)).toBeUndefined()
    expect(acceptHandoff(`?${HANDOFF_PARAM}=zero`, handoff(0))).toBeUndefined()
  })

  it('is never continued from after a wipe that failed somewhere (that page reloads and wipes again)', () => {
    const failed = { ...handoff(2), lastWipe: { ...clean, failed: [{ name: 'browser-storage', message: 'still there' }] } }
    expect(acceptHandoff(`?${HANDOFF_PARAM}=2`, failed)).toBeUndefined()
    expect(acceptHandoff(`?${HANDOFF_PARAM}=2`, { visits: 2 } as unknown as KioskHandoff)).toBeUndefined()
  })

  it('carries the counts and whether someone is there, from the state being wiped', () => {
    const wiping = { ...initialKioskState(0), phase: 'wiping' as const, sessionId: 5, sessionsStarted: 5, wipesDone: 4, present: true }
    expect(handoffAfterWipe(wiping, clean)).toEqual({ visits: 5, present: true, lastWipe: clean })
  })

  it('starts the next page on attract with the counts carried on', () => {
    const machine = new KioskMachine(TIMING, 1000, undefined, { visits: 5, present: false })
    expect(machine.getState()).toMatchObject({ phase: 'attract', sessionId: 5, sessionsStarted: 5, wipesDone: 5, present: false })
    machine.dispatch({ type: 'touch', at: 1100 })
    expect(machine.getState()).toMatchObject({ phase: 'consent', sessionId: 6, sessionsStarted: 6, wipesDone: 5 })
  })

  it('does not start a visit for whoever just ended one and is still standing there', () => {
    const machine = new KioskMachine(TIMING, 0, undefined, { visits: 1, present: true })
    let now = 0
    for (; now < 10_000; now += PRESENCE_CHECK_INTERVAL_MS) machine.dispatch({ type: 'face', found: true, at: now })
    expect(machine.getState()).toMatchObject({ phase: 'attract', present: true, sessionsStarted: 1 })
    // They step away, then someone arrives: a new visit.
    for (const end = now + PRESENCE_LEAVE_MS + 500; now < end; now += PRESENCE_CHECK_INTERVAL_MS) machine.dispatch({ type: 'face', found: false, at: now })
    expect(machine.getState().present).toBe(false)
    for (const end = now + PRESENCE_ARRIVE_MS + 500; now < end; now += PRESENCE_CHECK_INTERVAL_MS) machine.dispatch({ type: 'face', found: true, at: now })
    expect(machine.getState()).toMatchObject({ phase: 'consent', sessionId: 2 })
  })

  it('lets someone the page before saw leave while the next page starts its camera', () => {
    const machine = new KioskMachine(TIMING, 0, undefined, { visits: 1, present: true })
    // The presence camera's first answer comes once it runs, after they have gone.
    machine.dispatch({ type: 'face', found: false, at: PRESENCE_LEAVE_MS + 100 })
    expect(machine.getState().present).toBe(false)
  })
})
