import type { Arm, Experiment } from './types'

/** Longest experiment or arm name (it travels in aggregate uploads). */
const MAX_NAME_LENGTH = 64

/**
 * Checks and freezes an experiment: a non-empty name, at least two arms with unique non-empty
 * names and finite weights > 0, and at least one control arm (`personalised: false`). Throws one
 * error listing every problem.
 */
export function defineExperiment(experiment: Experiment): Readonly<Experiment> {
  const problems: string[] = []
  const { name, arms } = experiment
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) problems.push(`name must be 1 to ${MAX_NAME_LENGTH} characters, found ${JSON.stringify(name)}`)
  if (!Array.isArray(arms) || arms.length < 2) problems.push(`arms must list at least 2 arms, found ${Array.isArray(arms) ? arms.length : typeof arms}`)
  const seen = new Set<string>()
  ;(Array.isArray(arms) ? arms : []).forEach((arm: Arm, i) => {
    if (typeof arm.name !== 'string' || arm.name.trim() === '' || arm.name.length > MAX_NAME_LENGTH) problems.push(`arms[${i}].name must be 1 to ${MAX_NAME_LENGTH} characters, found ${JSON.stringify(arm.name)}`)
    else if (seen.has(arm.name)) problems.push(`arms[${i}].name ${JSON.stringify(arm.name)} is used twice`)
    seen.add(arm.name)
    if (typeof arm.weight !== 'number' || !(arm.weight > 0) || !Number.isFinite(arm.weight)) problems.push(`arms[${i}].weight must be a finite number > 0, found ${JSON.stringify(arm.weight)}`)
    if (typeof arm.personalised !== 'boolean') problems.push(`arms[${i}].personalised must be true or false, found ${JSON.stringify(arm.personalised)}`)
  })
  if (Array.isArray(arms) && arms.length >= 2 && !arms.some((a) => a.personalised === false)) problems.push('arms must include a control arm (personalised: false) to compare against')
  if (problems.length > 0) throw new RangeError(`[vitrine/experiments] invalid experiment ${JSON.stringify(name)}:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  return Object.freeze({ name, arms: Object.freeze(arms.map((a) => Object.freeze({ name: a.name, weight: a.weight, personalised: a.personalised }))) })
}
