import { fnv1a } from '../ranker/fnv1a'
import type { Arm, Experiment } from './types'

/** Separates the experiment name from the device id in the hashed key. */
const SEPARATOR = '\u0000'
const TWO_TO_32 = 4294967296

/**
 * The device's arm, decided on the device and always the same for the same device id, experiment
 * name and weights: the hash of name + device id, read as a uniform number u in [0, 1), falls into
 * one arm's share of the cumulative weights. Different experiments hash differently, so arms of two
 * experiments are independent; raising one arm's weight only moves devices into it (the cut points
 * move, u does not). No network, no server-side list of devices.
 */
export function assignArm(experiment: Experiment, deviceId: string): Arm {
  if (typeof deviceId !== 'string' || deviceId === '') throw new TypeError('[vitrine/experiments] assignArm: deviceId must be a non-empty string')
  const u = fnv1a(`${experiment.name}${SEPARATOR}${deviceId}`) / TWO_TO_32
  const total = experiment.arms.reduce((sum, arm) => sum + arm.weight, 0)
  let cumulative = 0
  for (const arm of experiment.arms) {
    cumulative += arm.weight / total
    if (u < cumulative) return arm
  }
  return experiment.arms[experiment.arms.length - 1]!
}
