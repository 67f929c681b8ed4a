/**
 * Counts garbage collections while a MoodSampler takes offers and samples, in a plain Node process
 * (run by MoodSampler.test.ts as `node --expose-gc --max-semi-space-size=1 --import tsx`), because
 * a test runner's module wrappers allocate on their own (Vitest reads imported constants through
 * getters) and its background work makes heap figures noisy. Also measures the heap kept after half
 * an hour of a realistic session at 30 fps. Prints one JSON object: { offers, samples } collections
 * and retainedBytes.
 *
 * With a 1 MB young-generation semi-space, 16 bytes per call over CALLS calls fills it several times,
 * so any per-call allocation shows as collections. Times are whole seconds: a fractional number
 * passed to a function V8 does not inline is boxed by the caller (the probe's garbage, not ours).
 */
import { PerformanceObserver } from 'node:perf_hooks'
import { MoodSampler } from '../../../../src/core/mood/MoodSampler'
import { face, heartbeats, TILES } from './simulate'

const CALLS = 200_000
const TILE_IDS = TILES.map((tile) => tile.id)
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')

async function collectionsDuring(work: () => void): Promise<number> {
  let count = 0
  const observer = new PerformanceObserver((list) => {
    count += list.getEntries().length
  })
  gc!()
  observer.observe({ entryTypes: ['gc'] })
  work()
  await new Promise((resolve) => setTimeout(resolve, 20))
  observer.disconnect()
  return count
}

const sampler = new MoodSampler()
const blendshapes = face({ mouthSmileLeft: 0.3, jawOpen: 0.2 })
const dwell = { id: 't3', dwellSec: 2, confidence: 0.8 }
const offers = (from: number, count: number) => {
  for (let t = from; t < from + count; t++) {
    sampler.offerBlendshapes(blendshapes, t)
    sampler.offerGazeTarget(t % 3 === 0 ? 't4' : 't3', 0.8, t)
    sampler.offerHeartRate(70 + (t % 5), 'contact', t)
    sampler.offerRrInterval(850 + (t % 7) * 5, t)
    sampler.offerDwell(dwell, t)
    sampler.offerTryOn(7, t)
    sampler.offerSkip(1, t)
  }
}
const samples = (from: number, count: number) => {
  for (let t = from; t < from + count; t++) {
    offers(t, 1)
    sampler.sample(t) // every call is due: 1 s apart at 4 Hz
  }
}
samples(0, 50_000) // baselines taken, code optimised
const offerCollections = await collectionsDuring(() => offers(100_000, CALLS))
const sampleCollections = await collectionsDuring(() => samples(1_000_000, CALLS))

// A realistic session on a fresh sampler: fractional times, every signal at its own rate.
const session = new MoodSampler()
const rr = heartbeats(9, () => 830, () => 40)
const play = (fromFrame: number, frames: number) => {
  for (let i = fromFrame; i < fromFrame + frames; i++) {
    const t = i / 30
    session.offerBlendshapes(blendshapes, t)
    session.offerGazeTarget(TILE_IDS[Math.floor(t / 2.5) % 12]!, 0.9, t)
    if (i % 30 === 0) session.offerHeartRate(72, 'contact', t)
    if (i % 25 === 0) session.offerRrInterval(rr(t), t)
    if (i % 75 === 0) session.offerDwell(dwell, t)
    if (i % 300 === 0) session.offerSkip(1, t)
    session.sample(t)
  }
}
play(0, 30 * 600) // ten minutes: baselines taken, code optimised
gc()
const before = process.memoryUsage().heapUsed
play(30 * 600, 30 * 1800) // half an hour more: 54,000 frames, 7,200 samples
gc()
const retainedBytes = process.memoryUsage().heapUsed - before
process.stdout.write(`${JSON.stringify({ offers: offerCollections, samples: sampleCollections, retainedBytes })}\n`)
