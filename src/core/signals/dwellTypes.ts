/** One gaze estimate in normalised screen coordinates (0..1, origin top-left). */
export interface GazeSample {
  x: number
  y: number
  /** Tracker confidence, 0..1. */
  confidence: number
  timestampSec: number
}

/** A product tile on screen, in the same normalised coordinates as the gaze. */
export interface DwellTile {
  id: string
  left: number
  top: number
  width: number
  height: number
}

/** A finished look at one tile that lasted at least the minimum dwell. */
export interface DwellEvent {
  id: string
  /** From the first to the last confident sample on the tile, seconds. */
  dwellSec: number
  /** Mean confidence of the confident samples counted in the dwell, 0..1. */
  confidence: number
}

/** Options of {@link DwellTracker}; every field is optional. */
export interface DwellTrackerOptions {
  /** Shortest dwell that produces an event, seconds. Default `DWELL_MIN_SEC` (0.6). */
  minDwellSec?: number
  /** Hysteresis margin in normalised units: enter inside the tile shrunk by it, leave outside it grown by it. Default `DWELL_MARGIN` (0.02). */
  margin?: number
  /** Samples below this confidence are ignored. Default `DWELL_MIN_CONFIDENCE` (0.5). */
  minConfidence?: number
  /** A dwell ends when no confident sample has arrived for this long, seconds. Default `DWELL_MAX_GAP_SEC` (0.5). */
  maxGapSec?: number
}
