import { describe, expect, it } from 'vitest'
import { LatestFrameSlot } from '../../../../src/core/tracking/LatestFrameSlot'

function makeSlot() {
  const disposed: number[] = []
  const slot = new LatestFrameSlot<number>((item) => disposed.push(item))
  return { slot, disposed }
}

describe('LatestFrameSlot', () => {
  it('hands the first offer out at once and keeps later ones while it is in flight', () => {
    const { slot } = makeSlot()
    expect(slot.offer(1)).toBe(1)
    expect(slot.inFlight).toBe(true)
    expect(slot.offer(2)).toBeUndefined()
    expect(slot.hasWaiting).toBe(true)
    expect(slot.sent).toBe(1)
  })

  it('replaces a waiting item with a newer one, disposing and counting the old one', () => {
    const { slot, disposed } = makeSlot()
    slot.offer(1)
    slot.offer(2)
    slot.offer(3)
    slot.offer(4)
    expect(disposed).toEqual([2, 3])
    expect(slot.dropped).toBe(2)
  })

  it('hands the waiting item over on completion and stays in flight', () => {
    const { slot } = makeSlot()
    slot.offer(1)
    slot.offer(2)
    expect(slot.complete()).toBe(2)
    expect(slot.inFlight).toBe(true)
    expect(slot.hasWaiting).toBe(false)
    expect(slot.complete()).toBeUndefined()
    expect(slot.inFlight).toBe(false)
    expect(slot.completed).toBe(2)
    expect(slot.sent).toBe(2)
  })

  it('ignores a completion when nothing is in flight', () => {
    const { slot } = makeSlot()
    expect(slot.complete()).toBeUndefined()
    expect(slot.completed).toBe(0)
  })

  it('disposes the waiting item on clear and accepts a fresh start', () => {
    const { slot, disposed } = makeSlot()
    slot.offer(1)
    slot.offer(2)
    slot.clear()
    expect(disposed).toEqual([2])
    expect(slot.dropped).toBe(1)
    expect(slot.inFlight).toBe(false)
    expect(slot.hasWaiting).toBe(false)
    expect(slot.offer(3)).toBe(3)
  })

  it('sends or disposes every one of 100 frames exactly once with a slow consumer', () => {
    const { slot, disposed } = makeSlot()
    const sentItems: number[] = []
    let busyUntil = -1
    for (let frame = 0; frame < 100; frame++) {
      // The worker needs 2.5 frame periods per inference, so most frames must be dropped.
      if (slot.inFlight && frame >= busyUntil) {
        const next = slot.complete()
        if (next !== undefined) {
          sentItems.push(next)
          busyUntil = frame + 2.5
        }
      }
      const now = slot.offer(frame)
      if (now !== undefined) {
        sentItems.push(now)
        busyUntil = frame + 2.5
      }
      expect(Number(slot.inFlight)).toBeLessThanOrEqual(1)
    }
    slot.clear()
    expect(slot.sent + slot.dropped).toBe(100)
    expect(slot.sent).toBe(sentItems.length)
    expect(slot.dropped).toBe(disposed.length)
    expect(slot.dropped).toBeGreaterThan(0)
    const seen = [...sentItems, ...disposed].sort((x, y) => x - y)
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i))
  })
})
