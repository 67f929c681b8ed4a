import { DWELL_MARGIN, DWELL_MAX_GAP_SEC, DWELL_MIN_CONFIDENCE, DWELL_MIN_SEC } from './dwellDefaults'
import type { DwellEvent, DwellTile, DwellTrackerOptions, GazeSample } from './dwellTypes'

export type { DwellEvent, DwellTile, DwellTrackerOptions, GazeSample } from './dwellTypes'

function inside(tile: DwellTile, x: number, y: number, grow: number): boolean {
  return x >= tile.left - grow && x <= tile.left + tile.width + grow && y >= tile.top - grow && y <= tile.top + tile.height + grow
}

/**
 * Turns gaze samples into dwell events on product tiles.
 *
 * A tile is entered when a confident sample falls inside it shrunk by `margin` on every side, and
 * left only when one falls outside it grown by `margin`, so jitter near an edge neither starts nor
 * splits a dwell. Samples under `minConfidence` do not count; when they keep coming for longer than
 * `maxGapSec` (eyes closed, looking away) the dwell ends at its last confident sample. Mere silence
 * does not end a dwell (a slow tracker is not a look away): call `flush` when the source is lost.
 * A dwell also ends when its tile is no longer in the list passed in. Ending a dwell of at least `minDwellSec` yields a {@link DwellEvent}
 * with the running mean confidence of its samples. Only ended dwells allocate (their event).
 */
export class DwellTracker {
  private readonly minDwellSec: number
  private readonly margin: number
  private readonly minConfidence: number
  private readonly maxGapSec: number
  private currentId: string | null = null
  private startSec = 0
  private lastSec = 0
  private meanConfidence = 0
  private samples = 0

  constructor(options: DwellTrackerOptions = {}) {
    const { minDwellSec = DWELL_MIN_SEC, margin = DWELL_MARGIN, minConfidence = DWELL_MIN_CONFIDENCE, maxGapSec = DWELL_MAX_GAP_SEC } = options
    if (!(minDwellSec >= 0) || !(margin >= 0) || !(maxGapSec > 0) || Number.isNaN(minConfidence)) {
      throw new RangeError('[vitrine/signals] DwellTracker: need minDwellSec >= 0, margin >= 0, maxGapSec > 0 and a numeric minConfidence')
    }
    this.minDwellSec = minDwellSec
    this.margin = margin
    this.minConfidence = minConfidence
    this.maxGapSec = maxGapSec
  }

  /** Id of the tile being looked at, or null. */
  get currentTileId(): string | null {
    return this.currentId
  }

  /**
   * Feeds one gaze sample against the current tile layout. Returns the event of a dwell that ended
   * with this sample (left, timed out or tile removed), or null.
   */
  update(sample: GazeSample, tiles: readonly DwellTile[]): DwellEvent | null {
    const { x, y, timestampSec: t } = sample
    if (!(sample.confidence >= this.minConfidence)) {
      // Unconfident samples for longer than the gap (eyes closed, looking away) end the dwell.
      return this.currentId !== null && t - this.lastSec > this.maxGapSec ? this.end() : null
    }
    let ended: DwellEvent | null = null
    if (this.currentId !== null) {
      const tile = this.find(tiles, this.currentId)
      if (tile === undefined || !inside(tile, x, y, this.margin)) {
        ended = this.end()
      } else {
        this.add(sample)
        return null
      }
    }
    for (let i = 0; i < tiles.length; i++) {
      const tile = tiles[i]!
      if (tile.width > 2 * this.margin && tile.height > 2 * this.margin && inside(tile, x, y, -this.margin)) {
        this.currentId = tile.id
        this.startSec = t
        this.lastSec = t
        this.samples = 0
        this.meanConfidence = 0
        this.add(sample)
        break
      }
    }
    return ended
  }

  /**
   * Ends the current dwell now, e.g. when the face is lost or the screen changes. The dwell lasts
   * until its last confident sample. Returns null when nothing long enough was in progress.
   */
  flush(): DwellEvent | null {
    return this.currentId === null ? null : this.end()
  }

  /** Drops the current dwell without reporting it. */
  reset(): void {
    this.currentId = null
  }

  private add(sample: GazeSample): void {
    this.samples++
    this.meanConfidence += (sample.confidence - this.meanConfidence) / this.samples
    if (sample.timestampSec > this.lastSec) this.lastSec = sample.timestampSec
  }

  private end(): DwellEvent | null {
    const id = this.currentId
    this.currentId = null
    const dwellSec = this.lastSec - this.startSec
    if (id === null || dwellSec < this.minDwellSec) return null
    return { id, dwellSec, confidence: this.meanConfidence }
  }

  private find(tiles: readonly DwellTile[], id: string): DwellTile | undefined {
    for (let i = 0; i < tiles.length; i++) if (tiles[i]!.id === id) return tiles[i]
    return undefined
  }
}
