/** One arm of an experiment. */
export interface Arm {
  /** Unique within the experiment, e.g. `"control"`, `"ranker"`. */
  name: string
  /** Relative share of devices, > 0 (weights need not sum to 1). */
  weight: number
  /** False for a control arm: the shopper gets the non-personalised (popularity) order. */
  personalised: boolean
}

/** A validated experiment (build it with `defineExperiment`). */
export interface Experiment {
  name: string
  arms: readonly Arm[]
}

/** What an arm counted. Aggregate numbers only: nothing per shopper, nothing biometric. */
export interface ArmCounts {
  /** Slates shown. */
  impressions: number
  tryOns: number
  likes: number
  addsToBag: number
}

export type CountedEvent = 'impression' | 'tryOn' | 'like' | 'addToBag'

/** Counts per arm name. */
export type ExperimentCounts = Readonly<Record<string, Readonly<ArmCounts>>>

/** Successes out of trials, e.g. try-ons out of impressions. */
export interface Proportion {
  successes: number
  trials: number
}

/** A relative lift (treatment / control − 1, as a fraction: 0.12 = +12 %) and its confidence interval. */
export interface Lift {
  estimate: number
  ciLow: number
  ciHigh: number
}
