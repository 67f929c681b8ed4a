import type { SignalTimings } from './figures'

/** Rates of a realistic shopper session, per second, for the CPU figure. */
export const SESSION_RATES = Object.freeze({ framesPerSec: 30, samplesPerSec: 4, packetsPerSec: 1, beatsPerSec: 1.3 })

/** The JSON figures (keys named in issue 5), from the timings. */
export function summarise(t: SignalTimings, meta: { seed: number; rounds: number; warmupRounds: number; machine: object; elapsedSec: number }) {
  const r = SESSION_RATES
  // One second of a session with every signal: frames carry blendshapes, a gaze sample through the
  // dwell tracker and the mood offers; heart packets and beats; 4 fused samples.
  const moodCpuUsPerSec =
    r.framesPerSec * (t.expressionUpdate.usP50 + t.dwellUpdate.usP50 + t.moodFrameOffers.usP50) +
    r.packetsPerSec * t.hrParse.usP50 +
    r.beatsPerSec * t.hrvPush.usP50 +
    r.samplesPerSec * t.moodSample.usP50
  return {
    hrParsePacketsPerSec: Math.round(1e6 / t.hrParse.usP50),
    hrParseUsP50: t.hrParse.usP50,
    hrParseUsP95: t.hrParse.usP95,
    hrParseBaselineUsP50: t.hrParseBaseline.usP50,
    hrParseVsBaseline: t.hrParse.usP50 / t.hrParseBaseline.usP50,
    hrvUpdateUsP50: t.hrvUpdate.usP50,
    hrvUpdateUsP95: t.hrvUpdate.usP95,
    hrvPushUsP50: t.hrvPush.usP50,
    hrvPushUsP95: t.hrvPush.usP95,
    dwellUpdateUsP50: t.dwellUpdate.usP50,
    dwellUpdateUsP95: t.dwellUpdate.usP95,
    expressionUpdateUsP50: t.expressionUpdate.usP50,
    expressionUpdateUsP95: t.expressionUpdate.usP95,
    moodSampleUsP50: t.moodSample.usP50,
    moodSampleUsP95: t.moodSample.usP95,
    moodSamplesTimed: t.moodSample.rounds,
    moodFrameOffersUsP50: t.moodFrameOffers.usP50,
    moodFrameOffersUsP95: t.moodFrameOffers.usP95,
    signalsCpuUsPerSec: moodCpuUsPerSec,
    signalsCpuShareOfOneCore: moodCpuUsPerSec / 1e6,
    sessionRates: r,
    seed: meta.seed,
    rounds: meta.rounds,
    warmupRounds: meta.warmupRounds,
    elapsedSec: meta.elapsedSec,
    machine: meta.machine,
  }
}

export type SignalsSummary = ReturnType<typeof summarise>

const us = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1))

/** The human-readable table. */
export function table(s: SignalsSummary): string {
  const rows: [string, string, string, string][] = [
    ['heart-rate packet parse (mixed packets)', us(s.hrParseUsP50), us(s.hrParseUsP95), `${(s.hrParsePacketsPerSec / 1e6).toFixed(2)} M packets/s; ${s.hrParseVsBaseline.toFixed(1)}× a bare DataView byte walk (${us(s.hrParseBaselineUsP50)} µs)`],
    ['HRV push, 60 s window', us(s.hrvPushUsP50), us(s.hrvPushUsP95), 'per RR interval (2 % artefacts)'],
    ['HRV push + read, 60 s window', us(s.hrvUpdateUsP50), us(s.hrvUpdateUsP95), 'per RR interval, RMSSD/SDNN/mean HR recomputed'],
    ['dwell update, 12 tiles', us(s.dwellUpdateUsP50), us(s.dwellUpdateUsP95), 'per gaze sample'],
    ['expression update', us(s.expressionUpdateUsP50), us(s.expressionUpdateUsP95), 'per blendshape frame, after the baseline'],
    ['mood sample (due), all signals', us(s.moodSampleUsP50), us(s.moodSampleUsP95), `per fused state, ${s.moodSamplesTimed} timed one by one`],
    ['mood per-frame offers', us(s.moodFrameOffersUsP50), us(s.moodFrameOffersUsP95), 'blendshapes (incl. expression update) + gaze target'],
  ]
  const w = Math.max(...rows.map((r) => r[0].length))
  const lines = [
    `Signals and mood benchmark (seed ${s.seed}, ${s.rounds} rounds after ${s.warmupRounds} warm-up, ${s.elapsedSec.toFixed(1)} s)`,
    `${'figure'.padEnd(w)}  ${'p50 µs'.padStart(8)}  ${'p95 µs'.padStart(8)}  note`,
    '-'.repeat(w + 40),
    ...rows.map(([a, b, c, d]) => `${a.padEnd(w)}  ${b.padStart(8)}  ${c.padStart(8)}  ${d}`),
    '',
    `A session with every signal (30 fps, 4 samples/s, 1 packet/s, 1.3 beats/s) costs ${us(s.signalsCpuUsPerSec)} µs of CPU per second (${(s.signalsCpuShareOfOneCore * 100).toFixed(3)} % of one core).`,
  ]
  return lines.join('\n')
}
