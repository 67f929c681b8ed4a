import type { RankerEvent } from './types'

/** A dwell this long (seconds) or longer earns the full dwell reward. */
export const DWELL_FULL_SEC = 3
/** Reward of a full dwell: a look is weaker evidence than a try-on. */
export const DWELL_MAX_REWARD = 0.5
/** An add-to-bag counts as this many observations (it is the strongest signal a shopper gives). */
export const ADD_TO_BAG_WEIGHT = 2

/**
 * How an event teaches the model: a reward on the click-through scale (try-on = 1, skip = 0) and a
 * weight (how many observations it is worth). Dwell earns up to DWELL_MAX_REWARD for DWELL_FULL_SEC
 * and is weighted by the gaze tracker's confidence, so an unsure look barely counts.
 */
export function rewardForEvent(event: RankerEvent): { reward: number; weight: number } {
  switch (event.kind) {
    case 'tryOn':
    case 'like':
      return { reward: 1, weight: 1 }
    case 'addToBag':
      return { reward: 1, weight: ADD_TO_BAG_WEIGHT }
    case 'skip':
      return { reward: 0, weight: 1 }
    case 'dwell':
      return { reward: DWELL_MAX_REWARD * Math.min(1, event.dwellSec / DWELL_FULL_SEC), weight: Math.max(0, Math.min(1, event.confidence)) }
  }
}
