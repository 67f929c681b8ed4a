import { describe, expect, it } from 'vitest'
import { createMoodEvidence } from '../../../../src/core/mood/createMoodEvidence'
import { GazeEvidence } from '../../../../src/core/mood/GazeEvidence'

const read = (gaze: GazeEvidence, t: number) => ({ ...gaze.read(t, createMoodEvidence().gaze) })

/** Ended looks of `dwellSec` back to back from `fromSec` until `toSec`. */
function looks(gaze: GazeEvidence, dwellSec: number, fromSec: number, toSec: number, confidence = 0.9): void {
  for (let t = fromSec + dwellSec, i = 0; t <= toSec; t += dwellSec, i++) gaze.offerDwell({ id: `t${i % 12}`, dwellSec, confidence }, t)
}

describe('GazeEvidence', () => {
  it('is missing until a look is remembered', () => {
    expect(read(new GazeEvidence(), 10)).toEqual({ quality: 0, arousal: 0, valence: 0, attention: 0 })
  })

  it('reads back-to-back looks at the reference rhythm as neutral-ish and longer looks as attention', () => {
    const reference = new GazeEvidence()
    looks(reference, 3, 0, 60) // 3 s looks: 20 a minute, the reference switch rate
    const r = read(reference, 60)
    // Dwell: ln(3 / 2) / ln 3 = 0.37; switches at the reference: 0.
    expect(r.attention).toBeCloseTo(Math.log(1.5) / Math.log(3) / 2, 1)
    const long = new GazeEvidence()
    looks(long, 8, 0, 64)
    expect(read(long, 64).attention).toBeGreaterThan(0.7)
    const short = new GazeEvidence()
    looks(short, 0.7, 0, 60)
    expect(read(short, 60).attention).toBeLessThan(-0.7)
  })

  it('counts glances shorter than a dwell, which produce no dwell event', () => {
    const gaze = new GazeEvidence()
    for (let i = 0; i < 200; i++) gaze.offerTarget(`t${Math.floor(i / 6) % 12}`, 0.9, i * 0.05) // 0.3 s per tile
    const r = read(gaze, 10)
    expect(r.quality).toBeGreaterThan(0.5)
    expect(r.attention).toBeLessThan(-0.8)
  })

  it('counts the look in progress once it passes the minimum dwell', () => {
    const gaze = new GazeEvidence()
    gaze.offerTarget('t1', 0.8, 0)
    expect(read(gaze, 0.5).quality).toBe(0)
    for (let t = 0.05; t <= 12; t += 0.05) gaze.offerTarget('t1', 0.8, t)
    const r = read(gaze, 12)
    expect(r.attention).toBe(1)
    expect(r.quality).toBeCloseTo(0.8 / 3, 9) // one look of three for full quality, confidence 0.8
  })

  it('does not count a look twice when its dwell event arrives while it is still the target', () => {
    const once = new GazeEvidence()
    for (let t = 0; t <= 5; t += 0.05) once.offerTarget('t1', 0.9, t)
    once.offerDwell({ id: 't1', dwellSec: 5, confidence: 0.9 }, 5) // e.g. ended by a gap, restarted on the same tile
    const r = read(once, 5.2)
    const alone = new GazeEvidence()
    alone.offerDwell({ id: 't1', dwellSec: 5, confidence: 0.9 }, 5)
    expect(r).toEqual(read(alone, 5.2))
  })

  it('weighs looks by confidence and forgets them over MOOD_GAZE_MEMORY_SEC', () => {
    const confident = new GazeEvidence()
    const shaky = new GazeEvidence()
    looks(confident, 3, 0, 30, 0.95)
    looks(shaky, 3, 0, 30, 0.55)
    const full = read(confident, 30).quality
    expect(read(shaky, 30).quality).toBeLessThan(0.6 * full)
    expect(read(confident, 100).quality).toBeLessThan(0.1 * full)
    expect(read(confident, 200).quality).toBe(0)
  })

  it('rejects a dwell with a bad length by name', () => {
    expect(() => new GazeEvidence().offerDwell({ id: 'a', dwellSec: Number.NaN, confidence: 1 }, 0)).toThrow(/offerDwell: dwellSec must be a finite number of seconds >= 0, got NaN/)
  })
})
