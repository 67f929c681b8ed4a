import { describe, expect, it } from 'vitest'
import { DwellTracker, type DwellEvent, type DwellTile } from '../../../../src/core/signals/dwell'

const TILES: DwellTile[] = [
  { id: 'a', left: 0, top: 0, width: 0.5, height: 0.5 },
  { id: 'b', left: 0.5, top: 0, width: 0.5, height: 0.5 },
]
const DT = 0.05

/** Feeds `count` samples at (x, y) every DT from `t0`; returns the events produced. */
function look(tracker: DwellTracker, x: number, y: number, t0: number, count: number, confidence = 0.9, tiles = TILES): DwellEvent[] {
  const events: DwellEvent[] = []
  for (let i = 0; i < count; i++) {
    const e = tracker.update({ x, y, confidence, timestampSec: t0 + i * DT }, tiles)
    if (e) events.push(e)
  }
  return events
}

describe('DwellTracker', () => {
  it('reports a dwell long enough when the gaze moves to another tile', () => {
    const tracker = new DwellTracker()
    expect(look(tracker, 0.25, 0.25, 0, 21)).toEqual([]) // 0 .. 1.0 s on a
    expect(tracker.currentTileId).toBe('a')
    const events = look(tracker, 0.75, 0.25, 1.05, 1)
    expect(events).toHaveLength(1)
    expect(events[0]!.id).toBe('a')
    expect(events[0]!.dwellSec).toBeCloseTo(1, 9)
    expect(events[0]!.confidence).toBeCloseTo(0.9, 9)
    expect(tracker.currentTileId).toBe('b')
  })

  it('drops dwells shorter than the minimum', () => {
    const tracker = new DwellTracker({ minDwellSec: 0.6 })
    look(tracker, 0.25, 0.25, 0, 10) // 0.45 s
    expect(look(tracker, 0.75, 0.25, 0.5, 1)).toEqual([])
  })

  it('does not enter a tile in its edge margin', () => {
    const tracker = new DwellTracker({ margin: 0.02 })
    look(tracker, 0.49, 0.25, 0, 5)
    expect(tracker.currentTileId).toBeNull()
  })

  it('keeps a dwell while the gaze jitters just past the edge', () => {
    const tracker = new DwellTracker({ margin: 0.02 })
    look(tracker, 0.4, 0.25, 0, 10)
    // 0.51 is inside b, but within a's grown edge: still on a, and not yet inside b shrunk.
    expect(look(tracker, 0.51, 0.25, 0.5, 10)).toEqual([])
    expect(tracker.currentTileId).toBe('a')
    const events = look(tracker, 0.6, 0.25, 1, 1)
    expect(events.map((e) => e.id)).toEqual(['a'])
    expect(events[0]!.dwellSec).toBeCloseTo(0.95, 9)
  })

  it('ignores low-confidence samples and averages the confident ones', () => {
    const tracker = new DwellTracker({ minConfidence: 0.5 })
    look(tracker, 0.25, 0.25, 0, 1, 0.6)
    look(tracker, 0.75, 0.25, 0.05, 3, 0.1) // ignored, would have left a
    look(tracker, 0.25, 0.25, 0.2, 1, 1)
    tracker.update({ x: 0.25, y: 0.25, confidence: 0.8, timestampSec: 0.6 }, TILES)
    expect(tracker.currentTileId).toBe('a')
    const e = tracker.flush()
    expect(e?.id).toBe('a')
    expect(e?.dwellSec).toBeCloseTo(0.6, 9)
    expect(e?.confidence).toBeCloseTo((0.6 + 1 + 0.8) / 3, 9)
  })

  it('ends a dwell at its last confident sample when unconfident samples outlast the gap', () => {
    const tracker = new DwellTracker({ maxGapSec: 0.5 })
    look(tracker, 0.25, 0.25, 0, 17) // 0 .. 0.8 s
    expect(look(tracker, 0.25, 0.25, 0.85, 3, 0.1)).toHaveLength(0) // a blink: 0.85 .. 0.95 s
    const events = look(tracker, 0.25, 0.25, 1.4, 1, 0.1) // eyes still closed 0.6 s after the last confident sample
    expect(events).toHaveLength(1)
    expect(events[0]!.dwellSec).toBeCloseTo(0.8, 9)
    expect(tracker.currentTileId).toBeNull()
  })

  it('keeps a dwell through a short blink', () => {
    const tracker = new DwellTracker({ maxGapSec: 0.5 })
    look(tracker, 0.25, 0.25, 0, 9) // 0 .. 0.4 s
    look(tracker, 0.25, 0.25, 0.45, 4, 0.1) // blink, 0.45 .. 0.6 s
    look(tracker, 0.25, 0.25, 0.65, 6) // 0.65 .. 0.9 s
    expect(tracker.flush()?.dwellSec).toBeCloseTo(0.9, 9)
  })

  it('does not take a slow tracker for a look away', () => {
    const tracker = new DwellTracker({ maxGapSec: 0.5 })
    for (let t = 0; t <= 2.4; t += 0.8) expect(tracker.update({ x: 0.25, y: 0.25, confidence: 0.9, timestampSec: t }, TILES)).toBeNull()
    expect(tracker.flush()).toMatchObject({ id: 'a' })
  })

  it('ends a dwell when its tile disappears from the layout', () => {
    const tracker = new DwellTracker()
    look(tracker, 0.25, 0.25, 0, 20)
    const events = look(tracker, 0.25, 0.25, 1, 1, 0.9, [TILES[1]!])
    expect(events.map((e) => e.id)).toEqual(['a'])
    expect(tracker.currentTileId).toBeNull()
  })

  it('flush returns null when idle and reset drops a dwell silently', () => {
    const tracker = new DwellTracker()
    expect(tracker.flush()).toBeNull()
    look(tracker, 0.25, 0.25, 0, 30)
    tracker.reset()
    expect(tracker.flush()).toBeNull()
  })

  it('throws on nonsensical options', () => {
    expect(() => new DwellTracker({ maxGapSec: 0 })).toThrow(/vitrine\/signals/)
  })
})
