import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MOOD_SAMPLE_HZ } from '../../../../src/core/mood/moodDefaults'
import { MoodSampler } from '../../../../src/core/mood/MoodSampler'
import { face, heartbeats, play } from './simulate'

const ROOT = join(import.meta.dirname, '..', '..', '..', '..')

describe('MoodSampler: sampling', () => {
  it('samples at 4 Hz by default whatever the frame rate, returning null in between', () => {
    expect(MOOD_SAMPLE_HZ).toBe(4)
    const sampler = new MoodSampler()
    const at: number[] = []
    for (let i = 0; i < 600; i++) if (sampler.sample(i / 60) !== null) at.push(i / 60) // 10 s at 60 fps
    expect(at).toHaveLength(40)
    expect(at.slice(0, 3)).toEqual([0, 0.25, 0.5])
    const jittery = new MoodSampler({ sampleHz: 2 })
    let t = 0
    let count = 0
    for (let i = 0; i < 1000; i++, t += 0.01 + ((i * 7919) % 13) / 1000) if (jittery.sample(t) !== null) count++
    expect(count).toBeGreaterThanOrEqual(Math.floor(t * 2))
    expect(count).toBeLessThanOrEqual(Math.floor(t * 2) + 1)
  })

  it('never bunches two samples after a late one', () => {
    const sampler = new MoodSampler()
    expect(sampler.sample(0)).not.toBeNull()
    expect(sampler.sample(0.49)).not.toBeNull() // late: due at 0.25
    expect(sampler.sample(0.5)).toBeNull() // due at 0.5 on the schedule, but only 0.01 s later
    expect(sampler.sample(0.6)).toBeNull()
    expect(sampler.sample(0.62)).not.toBeNull() // half a period after the late one
  })

  it('returns the same state object every time, with its time', () => {
    const sampler = new MoodSampler()
    const first = sampler.sample(0)
    const later = play(sampler, { face: () => face({ mouthSmileLeft: 0.5 }) }, 0.01, 5)
    expect(sampler.sample(10)).toBe(first)
    expect(first!.atSec).toBe(10)
    expect(later.states.length).toBeGreaterThan(15)
  })

  it('allocates nothing per offer or per sample, and keeps nothing over a session', () => {
    // In a plain Node process (see allocationProbe.ts for why and how); optimisation made
    // synchronous so the count does not depend on how busy the machine is.
    const flags = ['--expose-gc', '--max-semi-space-size=1', '--no-concurrent-recompilation', '--no-concurrent-osr', '--import', 'tsx']
    const output = execFileSync(process.execPath, [...flags, join(import.meta.dirname, 'allocationProbe.ts')], { cwd: ROOT, encoding: 'utf8' })
    const { offers, samples, retainedBytes } = JSON.parse(output) as Record<string, number>
    expect({ offers, samples }).toEqual({ offers: 0, samples: 0 })
    // Keeping 40 bytes per sample over the probe's extra half hour would be 288 kB.
    expect(retainedBytes).toBeLessThan(64_000)
  }, 60_000)
})

describe('MoodSampler: consent', () => {
  it('ignores a withdrawn input and forgets what it held, baseline included', () => {
    const sampler = new MoodSampler()
    const rest = play(sampler, { bpm: () => 70 }, 0, 40)
    const aroused = play(sampler, { bpm: () => 85 }, rest.endSec, 20)
    expect(aroused.last.arousal.value).toBeGreaterThan(0.7)
    sampler.setAllowed('heartRate', false)
    expect(sampler.isAllowed('heartRate')).toBe(false)
    expect(sampler.explain().arousal.contributions.heartRate).toMatchObject({ quality: 0, contribution: 0 })
    const withdrawn = play(sampler, { bpm: () => 85 }, aroused.endSec, 10)
    expect(withdrawn.states[0]!.arousal).toEqual({ value: 0.5, confidence: 0 }) // at once, not fading
    expect(withdrawn.last.arousal).toEqual({ value: 0.5, confidence: 0 })
    // Allowed again: 85 bpm is the new baseline, not an excitement measured against the old one.
    sampler.setAllowed('heartRate', true)
    const again = play(sampler, { bpm: () => 85 }, withdrawn.endSec, 60)
    expect(again.last.arousal.value).toBeCloseTo(0.5, 6)
    expect(again.last.arousal.confidence).toBeGreaterThan(0)
  })

  it('withdraws one input without touching the others', () => {
    const sampler = new MoodSampler()
    const run = play(sampler, { face: (t) => face(t < 4 ? {} : { mouthSmileLeft: 0.8, mouthSmileRight: 0.8 }), events: [{ atSec: 5, tryOnSec: 20 }] }, 0, 8)
    sampler.setAllowed('expression', false)
    const after = sampler.sample(run.endSec + 1)!
    expect(after.valence.value).toBeGreaterThan(0) // the long try-on still speaks
    expect(after.valence.value).toBeLessThan(run.last.valence.value)
    expect(after.attention.value).toBeGreaterThan(0.6)
    expect(sampler.explain().valence.contributions.expression.contribution).toBe(0)
  })

  it('rejects an unknown input by name', () => {
    expect(() => new MoodSampler().setAllowed('camera' as never, false)).toThrow(/unknown input "camera"/)
  })
})

describe('MoodSampler: explain', () => {
  it('explains the last state: contributions add up to each value', () => {
    const sampler = new MoodSampler()
    const run = play(sampler, { bpm: (t) => (t < 40 ? 70 : 80), face: (t) => face(t < 40 ? {} : { mouthSmileLeft: 0.6, mouthSmileRight: 0.6 }), look: () => 't2' }, 0, 50)
    const why = sampler.explain()
    for (const dimension of ['arousal', 'valence', 'attention'] as const) {
      const sum = Object.values(why[dimension].contributions).reduce((acc, c) => acc + c.contribution, 0)
      expect(why[dimension].neutral + sum).toBeCloseTo(run.last[dimension].value, 12)
      expect(why[dimension].confidence).toBeCloseTo(run.last[dimension].confidence, 12)
    }
    expect(why.arousal.contributions.heartRate.contribution).toBeGreaterThan(0)
    expect(why.valence.contributions.expression.contribution).toBeGreaterThan(0)
    expect(why.attention.contributions.gaze.contribution).toBeGreaterThan(0)
    expect(why.attention.contributions.behaviour).toMatchObject({ quality: 0, contribution: 0 })
  })
})

describe('MoodSampler: bad input', () => {
  it('rejects non-finite times and negative durations by name, changing nothing', () => {
    const sampler = new MoodSampler()
    expect(() => sampler.sample(Number.NaN)).toThrow(/sample: nowSec must be a finite session time in seconds, got NaN/)
    expect(() => sampler.offerBlendshapes(face(), Number.POSITIVE_INFINITY)).toThrow(/offerBlendshapes: nowSec/)
    expect(() => sampler.offerTryOn(-1, 0)).toThrow(/offerTryOn: durationSec must be a finite number of seconds >= 0, got -1/)
    expect(() => sampler.offerSkip(Number.NaN, 0)).toThrow(/offerSkip: viewedSec/)
    expect(() => sampler.offerDwell({ id: 'a', dwellSec: -2, confidence: 1 }, 0)).toThrow(/offerDwell: dwellSec/)
    expect(() => sampler.offerBlendshapes(new Float32Array(10), 0)).toThrow(/expected 52 blendshape scores, got 10/)
    expect(sampler.sample(0)).toMatchObject({ arousal: { confidence: 0 }, valence: { confidence: 0 }, attention: { confidence: 0 } })
  })

  it('rejects options out of range', () => {
    expect(() => new MoodSampler({ sampleHz: 60 })).toThrow(/sampleHz must be > 0 and <= 15 .*never per frame.*got 60/)
    expect(() => new MoodSampler({ sampleHz: 0 })).toThrow(/sampleHz/)
    expect(() => new MoodSampler({ prior: -1 })).toThrow(/prior must be a finite number >= 0, got -1/)
    expect(() => new MoodSampler({ timeConstantsSec: { gaze: -3 } })).toThrow(/time constant of gaze/)
    expect(() => new MoodSampler({ weights: { hrv: { arousal: Number.NaN } } })).toThrow(/weights.hrv.arousal/)
  })
})

describe('MoodSampler: reset', () => {
  it('forgets everything and restarts the schedule', () => {
    const sampler = new MoodSampler()
    const run = play(sampler, { bpm: () => 70, face: () => face(), events: [{ atSec: 1, tryOnSec: 30 }] }, 0, 40)
    expect(run.last.attention.confidence).toBeGreaterThan(0)
    sampler.reset()
    expect(sampler.sample(0)).toMatchObject({ arousal: { value: 0.5, confidence: 0 }, valence: { value: 0, confidence: 0 }, attention: { value: 0.5, confidence: 0 }, atSec: 0 })
  })
})
