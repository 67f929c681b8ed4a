/** The signals the mood model fuses. Heart rate and HRV come from one strap but are weighed apart. */
export type MoodSignal = 'heartRate' | 'hrv' | 'expression' | 'gaze' | 'behaviour'

/** The three dimensions of {@link MoodState}. */
export type MoodDimension = 'arousal' | 'valence' | 'attention'

/**
 * What the shopper can allow or withdraw, one consent each. The first three are the consent
 * purposes of the same name (`ConsentPurpose`); `'heartRate'` covers heart rate and HRV.
 */
export type MoodInput = 'heartRate' | 'expression' | 'gaze' | 'behaviour'

/**
 * What one signal says right now: per dimension, a deviation from neutral in -1..1 (arousal +1:
 * more aroused than the shopper's own baseline), and how much that reading can be trusted, 0..1.
 * Quality 0 means missing: the evidence is then ignored, whatever it holds.
 */
export interface SignalEvidence {
  quality: number
  arousal: number
  valence: number
  attention: number
}

/** One {@link SignalEvidence} per signal. */
export type MoodEvidence = Record<MoodSignal, SignalEvidence>

/** Per signal and dimension, how much the signal can say (0: nothing). Only ratios between signals matter, and the prior. */
export type MoodWeights = Record<MoodSignal, Record<MoodDimension, number>>

/** One signal's part in one dimension of a fused state. */
export interface SignalContribution {
  /** The signal's weight on this dimension (from {@link MoodWeights}). */
  weight: number
  /** Its smoothed quality, 0..1. */
  quality: number
  /** Its smoothed evidence on this dimension, -1..1. */
  evidence: number
  /** What it moved the value by, in the dimension's own units: `value = neutral + Σ contribution`. */
  contribution: number
}

/** How one dimension's value and confidence came about. Numbers for docs, tests and debugging, never shown to shoppers. */
export interface DimensionExplanation {
  value: number
  confidence: number
  /** The value with no evidence: 0.5 for arousal and attention, 0 for valence. */
  neutral: number
  /** Quality-weighted share of the weight that could speak on this dimension, 0..1. */
  coverage: number
  /** Σ ω·(1 − |e − weighted median| / 2) / Σ ω over the signals present, 0..1: how well they agree. */
  agreement: number
  contributions: Record<MoodSignal, SignalContribution>
}

/** The explanation of a fused state, per dimension. */
export type MoodExplanation = Record<MoodDimension, DimensionExplanation>
