import { MoodSampler } from '../../src/core/mood/MoodSampler'
import { mulberry32 } from '../../src/core/random/mulberry32'
import { DwellTracker } from '../../src/core/signals/dwell'
import { ExpressionTracker } from '../../src/core/signals/expression'
import { type HeartRateMeasurement, parseHeartRateMeasurement } from '../../src/core/signals/heart-rate'
import { HrvWindow } from '../../src/core/signals/hrv'
import { blendshapeFrames, gazePath, rrSeries, TILES } from './fixtures'
import { measure, type MeasureOptions, type Timing } from './measure'
import { percentile } from '../tryon/stats'
import { packetMix } from './packets'

/** Every timed figure of the signals benchmark. */
export interface SignalTimings {
  hrParse: Timing
  /** Reading every byte of the same packets through a DataView: the floor a parser cannot beat. */
  hrParseBaseline: Timing
  hrvPush: Timing
  hrvUpdate: Timing
  dwellUpdate: Timing
  expressionUpdate: Timing
  moodSample: Timing
  moodFrameOffers: Timing
}

const POOL = 4096 // inputs cycled through (a power of two: index with & (POOL - 1))

/** What two back-to-back reads of the high-resolution clock cost, ns (median of many). */
function clockOverheadNs(): number {
  const xs: number[] = []
  for (let i = 0; i < 10_000; i++) {
    const t0 = process.hrtime.bigint()
    xs.push(Number(process.hrtime.bigint() - t0))
  }
  return percentile(xs, 50)!
}

/** Runs every figure with inputs drawn from `seed`; `rounds`/`warmupRounds` per figure. */
export function runSignalTimings(seed: number, rounds: number, warmupRounds: number): SignalTimings {
  const random = mulberry32(seed)
  const opts = (opsPerRound: number): MeasureOptions => ({ opsPerRound, rounds, warmupRounds })

  const packets = packetMix(POOL, random)
  let p = 0
  // Results are kept for a while, as a consumer does, so V8 cannot optimise their allocation away.
  const kept: HeartRateMeasurement[] = new Array(64)
  const hrParse = measure((n) => {
    let sum = 0
    for (let i = 0; i < n; i++) {
      const m = parseHeartRateMeasurement(packets[p++ & (POOL - 1)]!)
      kept[i & 63] = m
      sum += m.bpm + m.rrIntervalsMs.length
    }
    return sum + kept.length
  }, opts(20_000))
  const hrParseBaseline = measure((n) => {
    let sum = 0
    for (let i = 0; i < n; i++) {
      const view = packets[p++ & (POOL - 1)]!
      for (let b = 0; b < view.byteLength; b++) sum += view.getUint8(b)
    }
    return sum
  }, opts(20_000))

  // HRV over a full 60 s window (~75 beats): push alone, and push + read (what a per-beat consumer pays).
  const rr = rrSeries(POOL, random)
  const hrv = new HrvWindow({ windowSec: 60 })
  for (let i = 0; i < 200; i++) hrv.push(rr[i]!)
  let r = 0
  const hrvPush = measure((n) => {
    let accepted = 0
    for (let i = 0; i < n; i++) if (hrv.push(rr[r++ & (POOL - 1)]!)) accepted++
    return accepted
  }, opts(20_000))
  const hrvUpdate = measure((n) => {
    let sum = 0
    for (let i = 0; i < n; i++) {
      hrv.push(rr[r++ & (POOL - 1)]!)
      sum += hrv.read().rmssdMs
    }
    return sum
  }, opts(5_000))

  // Dwell: 12 tiles, a 30 Hz gaze path; timestamps keep growing across rounds.
  const path = gazePath(POOL, random)
  const pathSpanSec = path[POOL - 1]!.timestampSec + 1 / 30
  const dwell = new DwellTracker()
  const sample = { x: 0, y: 0, confidence: 0, timestampSec: 0 }
  let g = 0
  const dwellUpdate = measure((n) => {
    let events = 0
    for (let i = 0; i < n; i++, g++) {
      const s = path[g & (POOL - 1)]!
      sample.x = s.x
      sample.y = s.y
      sample.confidence = s.confidence
      sample.timestampSec = s.timestampSec + Math.floor(g / POOL) * pathSpanSec
      if (dwell.update(sample, TILES)) events++
    }
    return events
  }, opts(20_000))

  // Expression after its neutral baseline (steady state), 30 fps timestamps.
  const frames = blendshapeFrames(256, random)
  const expression = new ExpressionTracker()
  let f = 0
  for (; f < 200; f++) expression.update(frames[f & 255]!, f / 30)
  const expressionUpdate = measure((n) => {
    let sum = 0
    for (let i = 0; i < n; i++, f++) sum += expression.update(frames[f & 255]!, f / 30).smile
    return sum
  }, opts(20_000))

  // Mood: a realistic 30 fps session (every signal at its own rate) in which each sample() that is
  // due is timed on its own (4 a second), less the cost of reading the clock; and the per-frame
  // offers (blendshapes + gaze target) timed in bulk.
  const mood = new MoodSampler()
  let t = 0
  let k = 0
  const frameOffers = () => {
    mood.offerBlendshapes(frames[k & 255]!, t)
    mood.offerGazeTarget(TILES[Math.floor(t / 2.5) % 12]!.id, 0.9, t)
  }
  const otherOffers = () => {
    if (k % 30 === 0) mood.offerHeartRate(72, 'contact', t)
    if (k % 24 === 0) mood.offerRrInterval(rr[k & (POOL - 1)]!, t)
    if (k % 90 === 0) mood.offerDwell({ id: TILES[k % 12]!.id, dwellSec: 2.5, confidence: 0.9 }, t)
    if (k % 600 === 0) mood.offerTryOn(8, t)
  }
  const clockNs = clockOverheadNs()
  const sampleUs: number[] = []
  const session = (frames: number, record: boolean) => {
    for (let i = 0; i < frames; i++, k++, t = k / 30) {
      frameOffers()
      otherOffers()
      const t0 = process.hrtime.bigint()
      const state = mood.sample(t)
      const ns = Number(process.hrtime.bigint() - t0)
      if (state !== null && record) sampleUs.push(Math.max(0, ns - clockNs) / 1000)
    }
  }
  session(30 * 60 * warmupRounds, false) // baselines taken, code optimised
  for (let round = 0; round < rounds; round++) session(30 * 60, true)
  const moodSample: Timing = { usP50: percentile(sampleUs, 50)!, usP95: percentile(sampleUs, 95)!, rounds: sampleUs.length, opsPerRound: 1 }
  const moodFrameOffers = measure((n) => {
    for (let i = 0; i < n; i++, k++, t = k / 30) frameOffers()
    return k
  }, opts(20_000))

  return { hrParse, hrParseBaseline, hrvPush, hrvUpdate, dwellUpdate, expressionUpdate, moodSample, moodFrameOffers }
}
