import { medianOfFirst } from '../signals/medianOfFirst'

/**
 * A shopper's own resting level of one reading: the median of the readings offered during the first
 * `durationSec` from the first one (and beyond, until at least `minReadings` have come). The median
 * ignores a minority of outliers (an artefact burst, a brief excitement) that would shift a mean.
 * Readings are offered at a steady rate (the mood sampling rate), so their count is time; storage is
 * preallocated for `capacity` of them (later ones are skipped).
 */
export class RobustBaseline {
  private readonly durationSec: number
  private readonly minReadings: number
  private readonly values: Float64Array
  private readonly scratch: Float64Array
  private count = 0
  private startSec = Number.NaN
  private level = Number.NaN

  constructor(durationSec: number, minReadings: number, capacity: number) {
    if (!(durationSec >= 0) || !(minReadings >= 1) || !(capacity >= minReadings)) {
      throw new RangeError('[vitrine/mood] RobustBaseline: need durationSec >= 0, minReadings >= 1, capacity >= minReadings')
    }
    this.durationSec = durationSec
    this.minReadings = Math.ceil(minReadings)
    this.values = new Float64Array(Math.ceil(capacity))
    this.scratch = new Float64Array(Math.ceil(capacity))
  }

  /** True once the baseline is taken. */
  get ready(): boolean {
    return !Number.isNaN(this.level)
  }

  /** The baseline, or NaN while it is being taken. */
  get value(): number {
    return this.level
  }

  /** Offers one valid reading taken at `nowSec`; ignored once the baseline is ready. */
  add(value: number, nowSec: number): void {
    if (this.ready || !Number.isFinite(value)) return
    if (Number.isNaN(this.startSec)) this.startSec = nowSec
    if (this.count < this.values.length) this.values[this.count++] = value
    if (nowSec - this.startSec >= this.durationSec && this.count >= this.minReadings) {
      this.level = medianOfFirst(this.values, this.count, this.scratch)
    }
  }

  /** Forgets the readings and the baseline. */
  reset(): void {
    this.count = 0
    this.startSec = Number.NaN
    this.level = Number.NaN
  }
}
