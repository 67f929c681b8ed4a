import { useEffect, useMemo, useRef } from 'react'
import { assignArm } from '../../core/experiments/assignArm'
import { countEvent, createArmCounts } from '../../core/experiments/armCounts'
import { defineExperiment } from '../../core/experiments/defineExperiment'
import { DEVICE_ID_BYTES, deviceIdFromBytes } from '../../core/experiments/deviceIdFromBytes'
import type { Arm, CountedEvent, ExperimentCounts } from '../../core/experiments/types'
import type { ConsentLedger } from '../../core/privacy/ConsentLedger'
import type { SessionDataRegistry } from '../../core/privacy/SessionDataRegistry'

/**
 * The suggestions experiment: a control arm sees the store's usual order even when personal
 * suggestions are allowed, so the lift of personalisation can be measured with a 95 % interval
 * (`liftWithInterval`). Only aggregate counts are kept, in memory; nothing is sent (an upload of
 * aggregates is a separate decision).
 */
export const SUGGESTIONS_EXPERIMENT = defineExperiment({
  name: 'suggestions-personalisation',
  arms: [
    { name: 'control', weight: 0.1, personalised: false },
    { name: 'personalised', weight: 0.9, personalised: true },
  ],
})

const DEVICE_KEY = 'vitrine:device'

/** A random id for this device: kept only with "remember me", otherwise new for each visit. */
function deviceId(remember: boolean): string {
  const saved = remember ? localStorage.getItem(DEVICE_KEY) : null
  if (saved) return saved
  const id = deviceIdFromBytes(crypto.getRandomValues(new Uint8Array(DEVICE_ID_BYTES)))
  if (remember) localStorage.setItem(DEVICE_KEY, id)
  return id
}

export interface SuggestionExperiment {
  arm: Arm
  count: (event: CountedEvent) => void
  counts: () => ExperimentCounts
}

/** Assigns this device to an arm (`forcedArm`, from `?arm=`, overrides for demos and tests). */
export function useSuggestionExperiment(consents: ConsentLedger, registry: SessionDataRegistry, forcedArm?: string): SuggestionExperiment {
  const arm = useMemo(() => {
    const forced = SUGGESTIONS_EXPERIMENT.arms.find((a) => a.name === forcedArm)
    return forced ?? assignArm(SUGGESTIONS_EXPERIMENT, deviceId(consents.isGranted('remember')))
  }, [consents, forcedArm])
  const counts = useRef<ExperimentCounts>(createArmCounts(SUGGESTIONS_EXPERIMENT))

  useEffect(
    () =>
      consents.subscribe(() => {
        if (!consents.isGranted('remember')) localStorage.removeItem(DEVICE_KEY)
      }),
    [consents],
  )

  useEffect(
    () =>
      registry.register({
        key: 'experiment',
        describe: () => {
          const c = counts.current[arm.name]!
          // Lists shown say what the page did; only the shopper's own actions are about them.
          return c.tryOns + c.likes + c.addsToBag > 0
            ? `Anonymous counts comparing suggestion orders (group "${arm.name}"): ${c.impressions} lists shown, ${c.tryOns} try-ons, ${c.likes} likes, ${c.addsToBag} added to bag.`
            : null
        },
        export: () => ({ experiment: SUGGESTIONS_EXPERIMENT.name, arm: arm.name, counts: counts.current[arm.name] }),
        wipe: () => {
          counts.current = createArmCounts(SUGGESTIONS_EXPERIMENT)
          localStorage.removeItem(DEVICE_KEY)
        },
      }),
    [registry, arm],
  )

  return useMemo(
    () => ({
      arm,
      count: (event: CountedEvent) => {
        counts.current = countEvent(counts.current, arm.name, event)
      },
      counts: () => counts.current,
    }),
    [arm],
  )
}
