import { HeartRateParseError } from '../HeartRateParseError'
import { parseHeartRateMeasurement } from '../heart-rate'
import { HrvWindow } from '../hrv'
import type { HrvWindowOptions } from '../hrvTypes'
import { HR_HISTORY_CAPACITY } from './bleDefaults'
import type { HeartRateSample } from './heartRateTypes'

/** Options of {@link HeartRateSession}; every field is optional. */
export interface HeartRateSessionOptions {
  /** Readings kept for {@link HeartRateSession.history}. Default `HR_HISTORY_CAPACITY` (3600). */
  historyCapacity?: number
  /** Options of the session's {@link HrvWindow}. */
  hrv?: HrvWindowOptions
}

/** One point of the bpm history. */
export interface HeartRatePoint {
  atSec: number
  bpm: number
}

type SampleListener = (sample: HeartRateSample) => void

/**
 * What one shopper's heart-rate session has gathered, independent of the Bluetooth link: the
 * latest reading, a bpm history, an HRV window and packet counts. It outlives reconnections (the
 * adapter feeds the same session before and after a drop) and is cleared by `reset()` when the
 * shopper withdraws consent. Pure: bytes and times in, samples out.
 *
 * RR intervals of a packet that reports "no skin contact" are not fed to the HRV window: without
 * contact the sensor's beat detection is unreliable. A malformed packet is counted and its reason
 * kept in `lastError`; it never throws and never stops the stream.
 */
export class HeartRateSession {
  readonly hrv: HrvWindow
  /** Good packets since the last reset. */
  packets = 0
  /** Malformed packets since the last reset. */
  badPackets = 0
  /** Why the last malformed packet was rejected (the parser's message). */
  lastError: string | undefined
  /** The latest good reading. */
  latest: HeartRateSample | undefined

  private readonly historyAtSec: Float64Array
  private readonly historyBpm: Float64Array
  private historyHead = 0
  private historyCount = 0
  private readonly listeners = new Set<SampleListener>()

  constructor(options: HeartRateSessionOptions = {}) {
    const { historyCapacity = HR_HISTORY_CAPACITY } = options
    if (!Number.isInteger(historyCapacity) || historyCapacity < 1) {
      throw new RangeError(`[vitrine/ble] HeartRateSession: historyCapacity must be a whole number >= 1 (got ${historyCapacity})`)
    }
    this.hrv = new HrvWindow(options.hrv)
    this.historyAtSec = new Float64Array(historyCapacity)
    this.historyBpm = new Float64Array(historyCapacity)
  }

  /** Calls `listener` with every good reading from now on; returns the unsubscribe. */
  subscribe(listener: SampleListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Decodes one Heart Rate Measurement packet received at `atSec`; returns its sample, or undefined when malformed. */
  ingest(data: DataView, atSec: number): HeartRateSample | undefined {
    let sample: HeartRateSample
    try {
      const { bpm, contact, rrIntervalsMs } = parseHeartRateMeasurement(data)
      sample = { atSec, bpm, rrIntervalsMs, contact }
    } catch (error) {
      if (!(error instanceof HeartRateParseError)) throw error
      this.badPackets++
      this.lastError = error.message
      return undefined
    }
    this.packets++
    this.latest = sample
    if (sample.contact !== 'no-contact') for (const rr of sample.rrIntervalsMs) this.hrv.push(rr)
    const capacity = this.historyBpm.length
    const slot = (this.historyHead + this.historyCount) % capacity
    this.historyAtSec[slot] = atSec
    this.historyBpm[slot] = sample.bpm
    if (this.historyCount < capacity) this.historyCount++
    else this.historyHead = (this.historyHead + 1) % capacity
    for (const listener of this.listeners) {
      try {
        listener(sample)
      } catch (error) {
        // One broken listener must not stop the stream for the others: report it out of band.
        queueMicrotask(() => {
          throw error
        })
      }
    }
    return sample
  }

  /** The kept readings, oldest first (a copy). */
  history(): HeartRatePoint[] {
    const points: HeartRatePoint[] = []
    const capacity = this.historyBpm.length
    for (let i = 0; i < this.historyCount; i++) {
      const slot = (this.historyHead + i) % capacity
      points.push({ atSec: this.historyAtSec[slot]!, bpm: this.historyBpm[slot]! })
    }
    return points
  }

  /** Forgets everything gathered (consent withdrawn). Listeners stay subscribed. */
  reset(): void {
    this.hrv.reset()
    this.packets = 0
    this.badPackets = 0
    this.lastError = undefined
    this.latest = undefined
    this.historyHead = 0
    this.historyCount = 0
  }
}
