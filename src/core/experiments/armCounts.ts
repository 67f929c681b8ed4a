import type { ArmCounts, CountedEvent, Experiment, ExperimentCounts } from './types'

const FIELD: Readonly<Record<CountedEvent, keyof ArmCounts>> = { impression: 'impressions', tryOn: 'tryOns', like: 'likes', addToBag: 'addsToBag' }

/** Zero counts for every arm of the experiment. */
export function createArmCounts(experiment: Experiment): ExperimentCounts {
  return Object.fromEntries(experiment.arms.map((a) => [a.name, { impressions: 0, tryOns: 0, likes: 0, addsToBag: 0 }]))
}

/** New counts with `n` more `event`s in `arm` (the input is not changed). Throws on an unknown arm or event. */
export function countEvent(counts: ExperimentCounts, arm: string, event: CountedEvent, n = 1): ExperimentCounts {
  const current = counts[arm]
  if (current === undefined) throw new RangeError(`[vitrine/experiments] countEvent: no arm ${JSON.stringify(arm)} (arms: ${Object.keys(counts).join(', ')})`)
  const field = FIELD[event]
  if (field === undefined) throw new RangeError(`[vitrine/experiments] countEvent: event must be one of ${Object.keys(FIELD).join(', ')}, found ${JSON.stringify(event)}`)
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`[vitrine/experiments] countEvent: n must be an integer >= 0, found ${n}`)
  return { ...counts, [arm]: { ...current, [field]: current[field] + n } }
}
