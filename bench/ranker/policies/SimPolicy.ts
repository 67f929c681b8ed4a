import type { MoodState } from '../../../src/core/mood/types'

/** What a policy is told at the start of a session: only what the shopper stated. */
export interface SessionStart {
  statedStyles: readonly string[]
  statedBudgetEur: number | null
}

/**
 * A slate policy in the simulator. Every policy gets the same inputs: the stated preferences, the
 * observed (noisy) mood readings, the items acted on this session and its own events. What it
 * ignores is its own design (random, popularity and context-free Thompson ignore all context).
 */
export interface SimPolicy {
  readonly name: string
  startSession(start: SessionStart): void
  /** Writes up to out.length item indices, display order, skipping `acted`; returns how many. */
  slate(observed: MoodState, acted: Uint8Array, out: Int32Array): number
  record(kind: 'tryOn' | 'skip', item: number): void
}
