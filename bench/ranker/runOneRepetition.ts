import { buildPolicies } from './buildPolicies'
import { runRepetition, type PolicyRun, type RunShape } from './runRepetition'
import { createWorld } from './world'

/** Products in the simulated catalog. */
export const SIM_ITEM_COUNT = 300

/** One repetition from its seed alone (a fresh catalog, shoppers and policies), as a worker runs it. */
export function runOneRepetition(seed: number, shape: RunShape): PolicyRun[] {
  const world = createWorld(seed, SIM_ITEM_COUNT)
  return runRepetition(world, buildPolicies(world, seed), shape, seed)
}
