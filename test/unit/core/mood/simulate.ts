/** A scripted shopper for the mood tests: signals at realistic rates, the sampler driven by hand. */
import { mulberry32 } from '../../../../src/core/random/mulberry32'
import { gaussian } from '../../../../src/core/random/gaussian'
import { createMoodState } from '../../../../src/core/mood/createMoodState'
import type { MoodSampler } from '../../../../src/core/mood/MoodSampler'
import type { MoodState } from '../../../../src/core/mood/types'
import { type BlendshapeName, blendshapeIndex } from '../../../../src/core/signals/blendshapeNames'
import { DwellTracker } from '../../../../src/core/signals/dwell'
import type { DwellTile } from '../../../../src/core/signals/dwellTypes'

/** Camera and gaze frame rate, Hz. */
export const FPS = 30

/** A 52-score blendshape frame with the given scores (others 0). */
export function face(scores: Partial<Record<BlendshapeName, number>> = {}): Float32Array {
  const out = new Float32Array(52)
  for (const [name, value] of Object.entries(scores)) out[blendshapeIndex(name as BlendshapeName)] = value
  return out
}

/** 12 tiles, 4 × 3, in normalised screen coordinates, ids t0..t11. */
export const TILES: DwellTile[] = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, left: (i % 4) * 0.25, top: Math.floor(i / 4) / 3, width: 0.25, height: 1 / 3 }))

/**
 * A heartbeat generator: RR intervals around `meanMs(t)` whose successive differences have RMS
 * `rmssdMs(t)` (independent Gaussian deviations of SD rmssd / √2), seeded.
 */
export function heartbeats(seed: number, meanMs: (t: number) => number, rmssdMs: (t: number) => number): (t: number) => number {
  const random = mulberry32(seed)
  return (t) => meanMs(t) + gaussian(random) * (rmssdMs(t) / Math.SQRT2)
}

/** What the shopper gives, each optional (omitted: that signal is not there). */
export interface Scenario {
  /** Strap heart rate at t, bpm, sent once a second. */
  bpm?: (t: number) => number
  /** Next RR interval at t, ms, called once per beat (sent as it happens). */
  rr?: (t: number) => number
  /** Blendshapes at t, every frame. */
  face?: (t: number) => Float32Array
  /** Tile id looked at, at t, or null; gaze samples at the tile centre every frame through a real DwellTracker. */
  look?: (t: number) => string | null
  /** Gaze sample confidence. Default 0.9. */
  gazeConfidence?: number
  /** Behaviour at given times. */
  events?: { atSec: number; tryOnSec?: number; skipAfterSec?: number }[]
}

/** Where a scenario run ended, and copies of every sampled state. */
export interface Run {
  endSec: number
  states: MoodState[]
  last: MoodState
}

/** Plays `scenario` on `sampler` from `fromSec` for `seconds`, calling `sample` every frame. */
export function play(sampler: MoodSampler, scenario: Scenario, fromSec: number, seconds: number, dwell = new DwellTracker()): Run {
  const states: MoodState[] = []
  const frames = Math.round(seconds * FPS)
  let nextBeatSec = fromSec
  let nextPacketSec = fromSec
  const events = [...(scenario.events ?? [])].sort((a, b) => a.atSec - b.atSec)
  let t = fromSec
  for (let i = 0; i < frames; i++) {
    t = fromSec + i / FPS
    if (scenario.rr) {
      while (nextBeatSec <= t) {
        const rr = scenario.rr(nextBeatSec)
        sampler.offerRrInterval(rr, t)
        nextBeatSec += Math.max(0.3, rr / 1000)
      }
    }
    if (scenario.bpm && t >= nextPacketSec) {
      sampler.offerHeartRate(scenario.bpm(t), 'contact', t)
      nextPacketSec += 1
    }
    if (scenario.face) sampler.offerBlendshapes(scenario.face(t), t)
    if (scenario.look) {
      const id = scenario.look(t)
      const tile = TILES.find((x) => x.id === id)
      const confidence = scenario.gazeConfidence ?? 0.9
      const sample = tile ? { x: tile.left + tile.width / 2, y: tile.top + tile.height / 2, confidence, timestampSec: t } : { x: -1, y: -1, confidence, timestampSec: t }
      const ended = dwell.update(sample, TILES)
      if (ended) sampler.offerDwell(ended, t)
      sampler.offerGazeTarget(dwell.currentTileId, confidence, t)
    }
    while (events.length > 0 && events[0]!.atSec <= t) {
      const e = events.shift()!
      if (e.tryOnSec !== undefined) sampler.offerTryOn(e.tryOnSec, t)
      if (e.skipAfterSec !== undefined) sampler.offerSkip(e.skipAfterSec, t)
    }
    const state = sampler.sample(t)
    if (state) states.push(createMoodState(state))
  }
  return { endSec: fromSec + frames / FPS, states, last: states[states.length - 1] ?? createMoodState() }
}
