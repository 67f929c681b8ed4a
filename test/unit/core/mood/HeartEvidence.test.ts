import { describe, expect, it } from 'vitest'
import { createMoodEvidence } from '../../../../src/core/mood/createMoodEvidence'
import { HeartEvidence } from '../../../../src/core/mood/HeartEvidence'
import { MOOD_HEART_BASELINE_SEC, MOOD_HEART_STALE_SEC } from '../../../../src/core/mood/moodDefaults'

const HZ = 4

/** Feeds a strap for `seconds` from `fromSec`: bpm once a second, RR beats cycling through `rr` as time passes, reading at 4 Hz. */
function feed(heart: HeartEvidence, fromSec: number, seconds: number, bpm: number | null, rr: number[] | null) {
  const e = createMoodEvidence()
  let beat = 0
  let nextBeatSec = fromSec
  for (let i = 0; i < seconds * HZ; i++) {
    const t = fromSec + i / HZ
    if (bpm !== null && i % HZ === 0) heart.offerHeartRate(bpm, 'contact', t)
    while (rr !== null && nextBeatSec <= t) {
      const interval = rr[beat++ % rr.length]!
      heart.offerRrInterval(interval, t)
      nextBeatSec += interval / 1000
    }
    heart.read(t, e.heartRate, e.hrv)
  }
  return { endSec: fromSec + seconds, heartRate: { ...e.heartRate }, hrv: { ...e.hrv } }
}

describe('HeartEvidence', () => {
  it('takes the heart-rate baseline over its span, then scores bpm against it', () => {
    const heart = new HeartEvidence(HZ)
    const rest = feed(heart, 0, MOOD_HEART_BASELINE_SEC + 1, 70, null)
    expect(heart.heartRateBaselineBpm).toBe(70)
    expect(rest.heartRate).toMatchObject({ quality: 1, arousal: 0 })
    expect(feed(heart, rest.endSec, 2, 77, null).heartRate.arousal).toBeCloseTo((77 / 70 - 1) / 0.15, 12)
    expect(feed(heart, rest.endSec + 2, 2, 63, null).heartRate.arousal).toBeCloseTo((63 / 70 - 1) / 0.15, 12)
    expect(feed(heart, rest.endSec + 4, 2, 120, null).heartRate.arousal).toBe(1)
  })

  it('scores RMSSD on a log scale against its baseline: half the RMSSD is full arousal', () => {
    const heart = new HeartEvidence(HZ)
    const rest = feed(heart, 0, 60, null, [800, 850]) // RMSSD exactly 50 ms
    expect(heart.rmssdBaselineMs).toBeCloseTo(50, 9)
    expect(rest.hrv).toMatchObject({ quality: 1 })
    expect(rest.hrv.arousal).toBeCloseTo(0, 9)
    const tense = feed(heart, rest.endSec, 40, null, [800, 825]) // RMSSD 25 ms, the window refilled
    expect(tense.hrv.arousal).toBeCloseTo(1, 9)
    const relaxed = feed(heart, tense.endSec, 40, null, [780, 850]) // RMSSD 70 ms
    expect(relaxed.hrv.arousal).toBeCloseTo(-Math.log(70 / 50) / Math.LN2, 9)
  })

  it('lowers HRV quality as artefacts fill the window, and drops it past the limit', () => {
    const heart = new HeartEvidence(HZ)
    const rest = feed(heart, 0, 60, null, [800, 850])
    const few = feed(heart, rest.endSec, 40, null, [800, 850, 800, 850, 800, 850, 800, 850, 800, 2400]) // 1 beat in 10 impossible
    expect(few.hrv.quality).toBeGreaterThan(0.5)
    expect(few.hrv.quality).toBeLessThan(1)
    expect(few.hrv.arousal).toBeCloseTo(0, 1) // the artefacts do not read as relaxation
    const many = feed(heart, few.endSec, 40, null, [800, 2400]) // every other beat impossible (> 2000 ms)
    expect(many.hrv.quality).toBe(0) // half the beats rejected: under the 60 % limit
    const e = createMoodEvidence()
    heart.reset()
    heart.read(200, e.heartRate, e.hrv)
    expect(e.hrv.quality).toBe(0)
    expect(heart.rmssdBaselineMs).toBeNaN()
  })

  it('treats stale and no-contact readings as missing', () => {
    const heart = new HeartEvidence(HZ)
    const rest = feed(heart, 0, 40, 70, null)
    const e = createMoodEvidence()
    heart.read(rest.endSec + MOOD_HEART_STALE_SEC + 1, e.heartRate, e.hrv)
    expect(e.heartRate.quality).toBe(0)
    heart.offerHeartRate(90, 'no-contact', rest.endSec + 7)
    heart.read(rest.endSec + 7, e.heartRate, e.hrv)
    expect(e.heartRate.quality).toBe(0)
  })
})
