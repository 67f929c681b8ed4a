import { describe, expect, it } from 'vitest'
import { PresenceDebouncer } from '../../../../src/core/kiosk/PresenceDebouncer'

/** Feeds `found` every `stepMs` from `from` to `to` (inclusive); returns the last answer. */
function feed(d: PresenceDebouncer, found: boolean, from: number, to: number, stepMs: number): boolean {
  let present = d.present
  for (let at = from; at <= to; at += stepMs) present = d.update(found, at)
  return present
}

describe('PresenceDebouncer', () => {
  it('counts a face as present only once it has stayed arriveMs', () => {
    const d = new PresenceDebouncer({ arriveMs: 600, gapMs: 800, leaveMs: 2000 })
    expect(feed(d, true, 0, 500, 250)).toBe(false)
    expect(d.update(true, 600)).toBe(true)
  })

  it('gives the same answer whatever the check rate (a few per second or every video frame)', () => {
    for (const step of [250, 33]) {
      const d = new PresenceDebouncer({ arriveMs: 600, gapMs: 800, leaveMs: 2000 })
      expect(feed(d, true, 0, 580, step)).toBe(false)
      expect(feed(d, true, 600, 700, step)).toBe(true)
      expect(feed(d, false, 700 + step, 2600, step)).toBe(true)
      expect(feed(d, false, 2700, 2800, step)).toBe(false)
    }
  })

  it('rides out single missed checks while arriving, but restarts after a longer gap', () => {
    const d = new PresenceDebouncer({ arriveMs: 600, gapMs: 800, leaveMs: 2000 })
    d.update(true, 0)
    d.update(false, 250)
    expect(d.update(true, 500)).toBe(false)
    expect(d.update(true, 600)).toBe(true)

    const e = new PresenceDebouncer({ arriveMs: 600, gapMs: 800, leaveMs: 2000 })
    e.update(true, 0)
    expect(e.update(true, 1000)).toBe(false) // 1000 ms gap: arrival starts again at 1000
    expect(e.update(true, 1600)).toBe(true)
  })

  it('keeps someone present through a short look away and lets them go after leaveMs', () => {
    const d = new PresenceDebouncer({ arriveMs: 0, gapMs: 800, leaveMs: 2000 })
    d.update(true, 0)
    expect(feed(d, false, 250, 1750, 250)).toBe(true)
    expect(d.update(true, 1900)).toBe(true)
    expect(feed(d, false, 2000, 3750, 250)).toBe(true)
    expect(d.update(false, 3900)).toBe(false)
  })

  it('forgets everything on reset', () => {
    const d = new PresenceDebouncer({ arriveMs: 0 })
    d.update(true, 0)
    d.reset()
    expect(d.present).toBe(false)
  })

  it('rejects negative or missing timings with the name of the bad one', () => {
    expect(() => new PresenceDebouncer({ leaveMs: -1 })).toThrow(/leaveMs must be a number of ms >= 0, got -1/)
    expect(() => new PresenceDebouncer({ arriveMs: Number.NaN })).toThrow(/arriveMs/)
  })
})
