/** On-device A/B experiments: deterministic arms, aggregate counters, lift with its 95 % interval. */
export type { Arm, ArmCounts, CountedEvent, Experiment, ExperimentCounts, Lift, Proportion } from './types'
export { defineExperiment } from './defineExperiment'
export { assignArm } from './assignArm'
export { deviceIdFromBytes, DEVICE_ID_BYTES } from './deviceIdFromBytes'
export { countEvent, createArmCounts } from './armCounts'
export { liftWithInterval, Z_95 } from './liftWithInterval'
