import { useEffect, useMemo } from 'react'
import { createMoodStore, type MoodStore } from '../../core/mood/createMoodStore'
import { MoodSampler } from '../../core/mood/MoodSampler'
import { NEUTRAL_MOOD } from '../../core/mood/types'
import type { ConsentLedger } from '../../core/privacy/ConsentLedger'
import type { SessionDataRegistry } from '../../core/privacy/SessionDataRegistry'
import type { CameraGaze } from '../../vision/CameraGaze'
import type { FaceSession } from '../../vision/FaceSession'
import { sharedHeartRateMonitor } from '../heartRate/sharedHeartRateMonitor'

/** How often the sampler is asked for a new state, ms; it decides itself when one is due (4 Hz). */
const MOOD_POLL_MS = 125

export interface MoodModel {
  sampler: MoodSampler
  /** The sampled state, a few times a second; the ranker reads it on events. */
  store: MoodStore
}

const nowSec = () => performance.now() / 1000

/**
 * The shopper's mood model for this session: fed only by the signals they allowed (each input
 * follows its consent at once), sampled a few times a second into a store, registered with the
 * privacy centre, and wiped with everything else. Holds no label, only three numbers.
 */
export function useMoodModel(
  consents: ConsentLedger,
  registry: SessionDataRegistry,
  session: FaceSession | undefined,
  gaze: CameraGaze | undefined,
): MoodModel {
  const model = useMemo(() => ({ sampler: new MoodSampler(), store: createMoodStore() }), [])
  const { sampler, store } = model

  useEffect(() => {
    const sync = () => {
      sampler.setAllowed('heartRate', consents.isGranted('heartRate'))
      sampler.setAllowed('expression', consents.isGranted('expression'))
      sampler.setAllowed('gaze', consents.isGranted('gaze'))
      sampler.setAllowed('behaviour', consents.isGranted('personalisation'))
    }
    sync()
    return consents.subscribe(sync)
  }, [consents, sampler])

  useEffect(() => {
    if (!session) return
    return session.subscribe((result, frame) => {
      if (result.tracked && frame.tracked && sampler.isAllowed('expression')) sampler.offerBlendshapes(result.blendshapes, result.timestampMs / 1000)
    })
  }, [session, sampler])

  useEffect(() => {
    if (!gaze) return
    return gaze.onSample((sample) => {
      if (sample) sampler.offerGazeTarget(gaze.lookingAt, sample.confidence, sample.timestampSec)
    })
  }, [gaze, sampler])

  useEffect(
    () =>
      sharedHeartRateMonitor.subscribe((sample) => {
        if (sampler.isAllowed('heartRate')) sampler.offerHeartRateMeasurement(sample, sample.atSec)
      }),
    [sampler],
  )

  useEffect(() => {
    const timer = window.setInterval(() => {
      const state = sampler.sample(nowSec())
      if (state) store.setState(state)
    }, MOOD_POLL_MS)
    return () => window.clearInterval(timer)
  }, [sampler, store])

  useEffect(
    () =>
      registry.register({
        key: 'mood',
        describe: () => {
          const s = store.getState()
          const confident = s.arousal.confidence + s.valence.confidence + s.attention.confidence > 0
          return confident ? 'An estimate of your state made from the signals you allowed (three numbers, in memory, this session only).' : null
        },
        export: () => store.getState(),
        wipe: () => {
          sampler.reset()
          store.setState({ ...NEUTRAL_MOOD, atSec: nowSec() })
        },
      }),
    [registry, sampler, store],
  )

  return model
}
