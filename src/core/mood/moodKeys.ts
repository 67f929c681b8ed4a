import type { MoodDimension, MoodSignal } from './evidenceTypes'

/** Every signal, in a fixed order (loops over signals allocate nothing). */
export const MOOD_SIGNALS: readonly MoodSignal[] = Object.freeze(['heartRate', 'hrv', 'expression', 'gaze', 'behaviour'] as const)

/** Every dimension, in a fixed order. */
export const MOOD_DIMENSIONS: readonly MoodDimension[] = Object.freeze(['arousal', 'valence', 'attention'] as const)
