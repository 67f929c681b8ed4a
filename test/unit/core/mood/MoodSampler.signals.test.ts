import { describe, expect, it } from 'vitest'
import { MoodSampler } from '../../../../src/core/mood/MoodSampler'
import { face, heartbeats, play } from './simulate'

const RESTING = { bpm: () => 70, rr: heartbeats(1, () => 857, () => 45) }

describe('MoodSampler: no signal', () => {
  it('stays neutral with zero confidence for a whole minute of sampling', () => {
    const { states } = play(new MoodSampler(), {}, 0, 60)
    expect(states.length).toBeGreaterThan(200)
    for (const s of states) {
      expect(s).toMatchObject({ arousal: { value: 0.5, confidence: 0 }, valence: { value: 0, confidence: 0 }, attention: { value: 0.5, confidence: 0 } })
    }
  })
})

describe('MoodSampler: heart, relative to the shopper’s own baseline', () => {
  it('reads a heart rate above this shopper’s baseline as arousal up, and below as down', () => {
    // Shopper A rests at 60 bpm and reaches 70; shopper B rests at 90 and drops to 80.
    const a = new MoodSampler()
    let run = play(a, { bpm: () => 60 }, 0, 40)
    expect(run.last.arousal.value).toBeCloseTo(0.5, 6)
    const up = play(a, { bpm: () => 70 }, run.endSec, 30)
    const b = new MoodSampler()
    run = play(b, { bpm: () => 90 }, 0, 40)
    const down = play(b, { bpm: () => 80 }, run.endSec, 30)
    expect(up.last.arousal.value).toBeGreaterThan(0.7)
    // 80 bpm is higher than A's 70, yet it is B's calm.
    expect(down.last.arousal.value).toBeLessThan(0.3)
  })

  it('reads a lower RMSSD at the same heart rate as arousal up, a higher one as down', () => {
    const run = (rmssdAfter: number) => {
      const sampler = new MoodSampler()
      const rest = play(sampler, { rr: heartbeats(7, () => 857, () => 45) }, 0, 60)
      return play(sampler, { rr: heartbeats(8, () => 857, () => rmssdAfter) }, rest.endSec, 45).last.arousal.value
    }
    expect(run(15)).toBeGreaterThan(0.65)
    expect(run(100)).toBeLessThan(0.35)
  })

  it('has no heart evidence until the baseline is taken', () => {
    const sampler = new MoodSampler()
    const early = play(sampler, { bpm: (t) => 60 + t }, 0, 20) // rising fast, but no baseline yet
    expect(early.last.arousal).toEqual({ value: 0.5, confidence: 0 })
  })

  it('ignores no-contact and implausible heart rates', () => {
    const sampler = new MoodSampler()
    const rest = play(sampler, { bpm: () => 70 }, 0, 40)
    for (let t = rest.endSec; t < rest.endSec + 20; t += 0.25) {
      sampler.offerHeartRate(150, 'no-contact', t)
      sampler.offerHeartRate(0, 'contact', t + 0.1)
      sampler.offerHeartRate(400, 'unsupported', t + 0.2)
      sampler.sample(t + 0.2)
    }
    const s = sampler.sample(rest.endSec + 21)!
    expect(s.arousal.value).toBeCloseTo(0.5, 3) // never moved up
    expect(s.arousal.confidence).toBeLessThan(0.1) // and the strap counts as gone
  })

  it('keeps arousal steady through a burst of RR artefacts (missed, doubled and ectopic beats)', () => {
    // From 60 s to 90 s the strap slips: one beat in three is an artefact.
    const slipping = (t: number, rr: number, i: number) => {
      if (t < 60 || t > 90) return rr
      return [rr, rr, rr * 2, rr, rr, rr / 2, rr, rr, rr * 0.65, rr * 1.35, rr, rr][i % 12]!
    }
    const series = (artefacts: boolean) => {
      const beats = heartbeats(3, () => 857, () => 45)
      let i = 0
      return (t: number) => (artefacts ? slipping(t, beats(t), i++) : beats(t))
    }
    const arousal = (artefacts: boolean) => play(new MoodSampler(), { bpm: () => 70, rr: series(artefacts) }, 0, 120).states.map((s) => s.arousal.value)
    const clean = arousal(false)
    const slipped = arousal(true)
    const swing = Math.max(...slipped.map((v, i) => Math.abs(v - clean[i]!)))
    expect(swing).toBeLessThan(0.05)
    // The burst is no trifle: taken at face value its RMSSD is several times the real one.
    const rmssd = (artefacts: boolean) => {
      const next = series(artefacts)
      const xs = Array.from({ length: 36 }, () => next(75))
      return Math.sqrt(xs.slice(1).reduce((acc, x, i) => acc + (x - xs[i]!) ** 2, 0) / (xs.length - 1))
    }
    expect(rmssd(true)).toBeGreaterThan(5 * rmssd(false))
  })
})

describe('MoodSampler: expression, relative to the neutral face', () => {
  const neutral = face({ mouthSmileLeft: 0.15, mouthSmileRight: 0.15, browDownLeft: 0.1, browDownRight: 0.1 })
  function after(expression: Float32Array) {
    const sampler = new MoodSampler()
    const rest = play(sampler, { face: () => neutral }, 0, 5)
    expect(rest.last.valence.value).toBeCloseTo(0, 6)
    return play(sampler, { face: () => expression }, rest.endSec, 5).last
  }

  it('raises valence for a smile and leaves arousal alone', () => {
    const s = after(face({ mouthSmileLeft: 0.7, mouthSmileRight: 0.7, browDownLeft: 0.1, browDownRight: 0.1 }))
    expect(s.valence.value).toBeGreaterThan(0.5)
    expect(s.arousal.value).toBeCloseTo(0.5, 6)
  })

  it('lowers valence for a frown, and for brows drawn down alone', () => {
    expect(after(face({ mouthFrownLeft: 0.6, mouthFrownRight: 0.6, browDownLeft: 0.6, browDownRight: 0.6, mouthSmileLeft: 0.15, mouthSmileRight: 0.15 })).valence.value).toBeLessThan(-0.5)
    expect(after(face({ browDownLeft: 0.7, browDownRight: 0.7, mouthSmileLeft: 0.15, mouthSmileRight: 0.15 })).valence.value).toBeLessThan(-0.3)
  })

  it('raises arousal for surprise', () => {
    const s = after(face({ eyeWideLeft: 0.8, eyeWideRight: 0.8, jawOpen: 0.7, browInnerUp: 0.7, mouthSmileLeft: 0.15, mouthSmileRight: 0.15, browDownLeft: 0.1, browDownRight: 0.1 }))
    expect(s.arousal.value).toBeGreaterThan(0.7)
    expect(Math.abs(s.valence.value)).toBeLessThan(0.1)
  })

  it('reads a shopper whose resting face shows a half smile as neutral, not happy', () => {
    const sampler = new MoodSampler()
    const run = play(sampler, { face: () => face({ mouthSmileLeft: 0.45, mouthSmileRight: 0.45 }) }, 0, 10)
    expect(run.last.valence.value).toBeCloseTo(0, 6)
    expect(run.last.valence.confidence).toBeGreaterThan(0.5)
  })

  it('drops the face within seconds once blendshapes stop', () => {
    const sampler = new MoodSampler()
    const rest = play(sampler, { face: () => neutral }, 0, 5)
    const smile = play(sampler, { face: () => face({ mouthSmileLeft: 0.8, mouthSmileRight: 0.8 }) }, rest.endSec, 5)
    const gone = play(sampler, {}, smile.endSec, 15)
    expect(gone.last.valence.confidence).toBe(0)
    expect(gone.last.valence.value).toBe(0)
  })
})

describe('MoodSampler: gaze dwell', () => {
  const attention = (look: (t: number) => string | null, gazeConfidence = 0.9) => play(new MoodSampler(), { look, gazeConfidence }, 0, 40).last.attention

  it('reads long looks with few switches as attention up, and hopping between tiles as down', () => {
    const long = attention((t) => `t${Math.floor(t / 6) % 12}`)
    const hopping = attention((t) => `t${Math.floor(t / 0.8) % 12}`)
    const scanning = attention((t) => `t${Math.floor(t / 0.3) % 12}`) // glances under the minimum dwell
    expect(long.value).toBeGreaterThan(0.7)
    expect(hopping.value).toBeLessThan(0.3)
    expect(scanning.value).toBeLessThan(0.3)
    expect(long.confidence).toBeGreaterThan(0.4)
  })

  it('counts a long look still in progress', () => {
    const steady = attention(() => 't5')
    expect(steady.value).toBeGreaterThan(0.75)
  })

  it('trusts unsteady, low-confidence gaze less', () => {
    const look = (t: number) => `t${Math.floor(t / 6) % 12}`
    expect(attention(look, 0.55).confidence).toBeLessThan(0.75 * attention(look, 0.95).confidence)
  })

  it('takes dwell events alone (e.g. from a headset) without gaze targets', () => {
    const sampler = new MoodSampler()
    let t = 0
    for (let i = 0; i < 8; i++, t += 5) sampler.offerDwell({ id: `t${i}`, dwellSec: 4.5, confidence: 0.9 }, t)
    expect(sampler.sample(t)!.attention.value).toBeGreaterThan(0.6)
  })
})

describe('MoodSampler: behaviour', () => {
  it('lowers attention and valence a little after quick skips', () => {
    const run = play(new MoodSampler(), { events: [1, 4, 7, 10].map((atSec) => ({ atSec, skipAfterSec: 0.4 })) }, 0, 12)
    expect(run.last.attention.value).toBeLessThan(0.45)
    expect(run.last.attention.value).toBeGreaterThan(0.25)
    expect(run.last.valence.value).toBeLessThan(-0.05)
    expect(run.last.valence.value).toBeGreaterThan(-0.25)
  })

  it('says nothing about the mood for a skip after a long look', () => {
    const run = play(new MoodSampler(), { events: [1, 4].map((atSec) => ({ atSec, skipAfterSec: 8 })) }, 0, 6)
    expect(run.last.valence.value).toBeCloseTo(0, 9)
    expect(run.last.attention.value).toBeCloseTo(0.5, 9)
  })

  it('raises attention after long try-ons, and lowers it after very short ones', () => {
    const long = play(new MoodSampler(), { events: [{ atSec: 1, tryOnSec: 20 }, { atSec: 3, tryOnSec: 15 }] }, 0, 5).last
    const short = play(new MoodSampler(), { events: [{ atSec: 1, tryOnSec: 1 }, { atSec: 3, tryOnSec: 1.5 }] }, 0, 5).last
    expect(long.attention.value).toBeGreaterThan(0.7)
    expect(long.valence.value).toBeGreaterThan(0.05)
    expect(short.attention.value).toBeLessThan(0.3)
    expect(short.valence.value).toBe(0)
  })

  it('forgets behaviour over a couple of minutes', () => {
    const sampler = new MoodSampler()
    const run = play(sampler, { events: [{ atSec: 1, skipAfterSec: 0 }] }, 0, 3)
    expect(run.last.attention.confidence).toBeGreaterThan(0)
    expect(play(sampler, {}, run.endSec, 120).last.attention).toEqual({ value: 0.5, confidence: 0 })
  })
})

describe('MoodSampler: missing signals', () => {
  const smile = face({ mouthSmileLeft: 0.7, mouthSmileRight: 0.7 })
  const surprise = face({ eyeWideLeft: 0.8, eyeWideRight: 0.8, jawOpen: 0.7, browInnerUp: 0.7 })
  const excitedHeart = () => ({ bpm: (t: number) => (t < 45 ? 70 : 82), rr: heartbeats(11, (t) => (t < 45 ? 857 : 730), (t) => (t < 45 ? 45 : 20)) })
  const shopper = (withHeart: boolean, withBehaviour: boolean) => ({
    ...(withHeart ? excitedHeart() : {}),
    face: (t: number) => (t < 45 ? face() : t < 60 ? smile : surprise),
    look: (t: number) => `t${Math.floor(t / 6) % 12}`,
    events: withBehaviour ? [{ atSec: 50, tryOnSec: 14 }, { atSec: 70, tryOnSec: 12 }] : [],
  })
  const final = (withHeart: boolean, withBehaviour: boolean) => play(new MoodSampler(), shopper(withHeart, withBehaviour), 0, 75)

  it('lowers confidence without flipping any value', () => {
    const all = final(true, true)
    for (const [heart, behaviour] of [[false, true], [true, false], [false, false]] as const) {
      const fewer = final(heart, behaviour)
      for (const dimension of ['arousal', 'valence', 'attention'] as const) {
        const { neutral } = { arousal: { neutral: 0.5 }, valence: { neutral: 0 }, attention: { neutral: 0.5 } }[dimension]
        const a = all.states.map((s) => s[dimension])
        const b = fewer.states.map((s) => s[dimension])
        for (let i = 0; i < a.length; i++) {
          // Same side of neutral wherever the full set is clearly off it; never more confident.
          if (Math.abs(a[i]!.value - neutral) > 0.05) expect(Math.sign(b[i]!.value - neutral), `${dimension} at sample ${i}`).not.toBe(-Math.sign(a[i]!.value - neutral))
          expect(b[i]!.confidence).toBeLessThanOrEqual(a[i]!.confidence + 1e-9)
        }
      }
    }
    expect(final(false, true).last.arousal.confidence).toBeLessThan(0.6 * all.last.arousal.confidence)
    expect(final(true, false).last.attention.confidence).toBeLessThan(all.last.attention.confidence)
  })

  it('is not pulled toward neutral by a signal that is missing, only by one that reads neutral', () => {
    // Surprise alone gives some arousal; adding a strap at its baseline pulls it back, a missing strap does not.
    const faceOnly = play(new MoodSampler(), { face: (t) => (t < 45 ? face() : surprise) }, 0, 60).last
    const calmHeart = play(new MoodSampler(), { bpm: () => 70, face: (t) => (t < 45 ? face() : surprise) }, 0, 60).last
    expect(faceOnly.arousal.value).toBeGreaterThan(0.7)
    expect(calmHeart.arousal.value).toBeLessThan(faceOnly.arousal.value - 0.1)
    const withMissingStrap = new MoodSampler()
    withMissingStrap.offerHeartRate(0, 'no-contact', 0)
    expect(play(withMissingStrap, { face: (t) => (t < 45 ? face() : surprise) }, 0, 60).last.arousal).toEqual(faceOnly.arousal)
  })
})

describe('MoodSampler: heart-rate packets', () => {
  it('takes a whole packet, but not the RR intervals of one without skin contact', () => {
    const withContact = new MoodSampler()
    const without = new MoodSampler()
    let t = 0
    for (let i = 0; i < 120; i++, t += 0.5) {
      const rr = i % 2 === 0 ? [800, 850] : [820, 790]
      withContact.offerHeartRateMeasurement({ bpm: 73, contact: 'contact', rrIntervalsMs: rr }, t)
      without.offerHeartRateMeasurement({ bpm: 73, contact: 'no-contact', rrIntervalsMs: rr }, t)
      withContact.sample(t)
      without.sample(t)
    }
    expect(withContact.explain().arousal.contributions.hrv.quality).toBeGreaterThan(0.5)
    expect(without.explain().arousal.contributions.hrv.quality).toBe(0)
    expect(without.explain().arousal.contributions.heartRate.quality).toBe(0)
  })
})
