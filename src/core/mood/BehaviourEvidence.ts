import { clampUnit } from './clampUnit'
import type { SignalEvidence } from './evidenceTypes'
import {
  MOOD_BEHAVIOUR_FULL_EVENTS, MOOD_BEHAVIOUR_MEMORY_SEC, MOOD_QUICK_SKIP_SEC, MOOD_SKIP_ATTENTION, MOOD_SKIP_VALENCE, MOOD_TRY_ON_FULL_SCALE_RATIO,
  MOOD_TRY_ON_REFERENCE_SEC, MOOD_TRY_ON_VALENCE_GAIN,
} from './moodDefaults'

const LN_FULL_SCALE = Math.log(MOOD_TRY_ON_FULL_SCALE_RATIO)
/** Shortest try-on fed to the logarithm, seconds. */
const MIN_TRY_ON_SEC = 0.1
/** Remembered events under this count as none (one event decays to it after 3 memory spans). */
const FORGOTTEN_EVENTS = 0.05

function checkSeconds(method: string, name: string, value: number): void {
  if (!(value >= 0 && Number.isFinite(value))) {
    throw new RangeError(`[vitrine/mood] ${method}: ${name} must be a finite number of seconds >= 0, got ${String(value)}`)
  }
}

/**
 * Attention and valence evidence from what the shopper does, remembered in sums that decay with
 * MOOD_BEHAVIOUR_MEMORY_SEC. A try-on gives attention `a = ln(length / MOOD_TRY_ON_REFERENCE_SEC) /
 * ln MOOD_TRY_ON_FULL_SCALE_RATIO` and valence `MOOD_TRY_ON_VALENCE_GAIN · max(a, 0)` (a long try-on
 * suggests the shopper likes what they see; a short one is not displeasure). A skip after
 * `viewedSec` is quick below MOOD_QUICK_SKIP_SEC, with `quick = 1 − viewedSec / MOOD_QUICK_SKIP_SEC`:
 * attention `MOOD_SKIP_ATTENTION · quick`, valence `MOOD_SKIP_VALENCE · quick`, both small; a later
 * skip gives 0 (a considered no says nothing about the mood). Quality grows to 1 at
 * MOOD_BEHAVIOUR_FULL_EVENTS remembered events.
 */
export class BehaviourEvidence {
  private events = 0
  private attentionSum = 0
  private valenceSum = 0
  private decayedAtSec = Number.NaN

  /** A finished try-on of one product that lasted `durationSec`. */
  offerTryOn(durationSec: number, nowSec: number): void {
    checkSeconds('offerTryOn', 'durationSec', durationSec)
    const attention = clampUnit(Math.log(Math.max(MIN_TRY_ON_SEC, durationSec) / MOOD_TRY_ON_REFERENCE_SEC) / LN_FULL_SCALE)
    this.add(attention, attention > 0 ? MOOD_TRY_ON_VALENCE_GAIN * attention : 0, nowSec)
  }

  /** A product or suggestion skipped after it was in view for `viewedSec`. */
  offerSkip(viewedSec: number, nowSec: number): void {
    checkSeconds('offerSkip', 'viewedSec', viewedSec)
    const quick = viewedSec < MOOD_QUICK_SKIP_SEC ? 1 - viewedSec / MOOD_QUICK_SKIP_SEC : 0
    this.add(MOOD_SKIP_ATTENTION * quick, MOOD_SKIP_VALENCE * quick, nowSec)
  }

  /** Writes behaviour evidence at `nowSec`; missing when no event is remembered. */
  read(nowSec: number, out: SignalEvidence): SignalEvidence {
    this.decayTo(nowSec)
    out.arousal = 0
    if (this.events < FORGOTTEN_EVENTS) {
      out.quality = out.valence = out.attention = 0
      return out
    }
    out.quality = Math.min(1, this.events / MOOD_BEHAVIOUR_FULL_EVENTS)
    out.attention = this.attentionSum / this.events
    out.valence = this.valenceSum / this.events
    return out
  }

  /** Forgets every event. */
  reset(): void {
    this.events = this.attentionSum = this.valenceSum = 0
    this.decayedAtSec = Number.NaN
  }

  private add(attention: number, valence: number, nowSec: number): void {
    this.decayTo(nowSec)
    this.events += 1
    this.attentionSum += attention
    this.valenceSum += valence
  }

  private decayTo(nowSec: number): void {
    if (nowSec > this.decayedAtSec) {
      const f = Math.exp(-(nowSec - this.decayedAtSec) / MOOD_BEHAVIOUR_MEMORY_SEC)
      this.events *= f
      this.attentionSum *= f
      this.valenceSum *= f
    }
    if (!(nowSec <= this.decayedAtSec)) this.decayedAtSec = nowSec
  }
}
