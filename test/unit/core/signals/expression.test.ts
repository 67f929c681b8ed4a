import { describe, expect, it } from 'vitest'
import { type BlendshapeName, blendshapeIndex } from '../../../../src/core/signals/blendshapeNames'
import { ExpressionTracker } from '../../../../src/core/signals/expression'

function face(scores: Partial<Record<BlendshapeName, number>>): Float32Array {
  const out = new Float32Array(52)
  for (const [name, value] of Object.entries(scores)) out[blendshapeIndex(name as BlendshapeName)] = value
  return out
}

const DT = 1 / 30

/** Feeds `frame` every DT from `fromSec` for `seconds`; returns the next timestamp. */
function run(tracker: ExpressionTracker, frame: Float32Array, fromSec: number, seconds: number): number {
  let t = fromSec
  for (let i = 0; i < Math.round(seconds / DT); i++, t += DT) tracker.update(frame, t)
  return t
}

describe('ExpressionTracker', () => {
  it('reports smoothed raw values before the baseline is ready', () => {
    const tracker = new ExpressionTracker()
    const s = tracker.update(face({ mouthSmileLeft: 0.4, mouthSmileRight: 0.6 }), 0)
    expect(s.baselineReady).toBe(false)
    expect(s.smile).toBeCloseTo(0.5, 6)
  })

  it('is ready after baselineSec and reads a resting face as 0', () => {
    const tracker = new ExpressionTracker({ baselineSec: 3 })
    const resting = face({ mouthSmileLeft: 0.2, mouthSmileRight: 0.2, browInnerUp: 0.1, mouthFrownLeft: 0.3, mouthFrownRight: 0.3 })
    const t = run(tracker, resting, 0, 2.9)
    expect(tracker.update(resting, t).baselineReady).toBe(false)
    const s = tracker.update(resting, 3.01)
    expect(s.baselineReady).toBe(true)
    expect(s).toMatchObject({ smile: 0, brow: 0, surprise: 0, frown: 0 })
  })

  it('takes the median, so a brief smile during the baseline does not shift it', () => {
    const tracker = new ExpressionTracker({ baselineSec: 3, smoothingTauSec: 0 })
    const resting = face({ mouthSmileLeft: 0.2, mouthSmileRight: 0.2 })
    let t = run(tracker, resting, 0, 1)
    t = run(tracker, face({ mouthSmileLeft: 1, mouthSmileRight: 1 }), t, 0.5)
    t = run(tracker, resting, t, 1.6)
    expect(tracker.update(resting, t).smile).toBe(0)
    // (0.6 - 0.2) / (1 - 0.2) = 0.5 relative to the 0.2 baseline.
    expect(tracker.update(face({ mouthSmileLeft: 0.6, mouthSmileRight: 0.6 }), t + DT).smile).toBeCloseTo(0.5, 6)
  })

  it('maps a full expression to 1 and below-baseline to 0', () => {
    const tracker = new ExpressionTracker({ baselineSec: 0.5, smoothingTauSec: 0 })
    const t = run(tracker, face({ browInnerUp: 0.3 }), 0, 0.6)
    expect(tracker.update(face({ browInnerUp: 1 }), t).brow).toBeCloseTo(1, 6)
    expect(tracker.update(face({ browInnerUp: 0 }), t + DT).brow).toBe(0)
  })

  it('reaches 1 - 1/e of a step after one time constant, at any frame rate', () => {
    for (const fps of [30, 60, 240]) {
      const tracker = new ExpressionTracker({ baselineSec: 100, smoothingTauSec: 0.2 })
      tracker.update(face({}), 0)
      let s = tracker.update(face({ jawOpen: 0.9 }), 1 / fps)
      for (let i = 2; i <= Math.round(0.2 * fps); i++) s = tracker.update(face({ jawOpen: 0.9 }), i / fps)
      expect(s.surprise).toBeCloseTo((0.9 / 3) * (1 - Math.exp(-1)), 6)
    }
  })

  it('combines channels as documented', () => {
    const tracker = new ExpressionTracker({ smoothingTauSec: 0 })
    const s = tracker.update(
      face({ eyeWideLeft: 0.6, eyeWideRight: 0.4, jawOpen: 0.8, browInnerUp: 0.2, mouthFrownLeft: 0.4, mouthFrownRight: 0.2, browDownLeft: 1, browDownRight: 0.6 }),
      0,
    )
    expect(s.surprise).toBeCloseTo((0.5 + 0.8 + 0.2) / 3, 6)
    expect(s.frown).toBeCloseTo((0.3 + 0.8) / 2, 6)
    expect(s.brow).toBeCloseTo(0.2, 6)
  })

  it('holds its value when the timestamp does not move forward', () => {
    const tracker = new ExpressionTracker()
    tracker.update(face({ mouthSmileLeft: 0.2, mouthSmileRight: 0.2 }), 1)
    expect(tracker.update(face({ mouthSmileLeft: 1, mouthSmileRight: 1 }), 1).smile).toBeCloseTo(0.2, 6)
  })

  it('clamps out-of-range and NaN scores', () => {
    const tracker = new ExpressionTracker()
    const s = tracker.update(face({ mouthSmileLeft: Number.NaN, mouthSmileRight: 3 }), 0)
    expect(s.smile).toBeCloseTo(0.5, 6)
  })

  it('returns the same state object and resets the baseline', () => {
    const tracker = new ExpressionTracker({ baselineSec: 0.2 })
    const first = tracker.update(face({}), 0)
    run(tracker, face({}), DT, 0.5)
    expect(first.baselineReady).toBe(true)
    tracker.reset()
    expect(tracker.update(face({ browInnerUp: 0.4 }), 10)).toBe(first)
    expect(first).toMatchObject({ baselineReady: false })
    expect(first.brow).toBeCloseTo(0.4, 6)
  })

  it('throws on a short score array', () => {
    expect(() => new ExpressionTracker().update(new Float32Array(10), 0)).toThrow(/expected 52 blendshape scores, got 10/)
  })
})
