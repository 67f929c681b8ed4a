import { useSyncExternalStore } from 'react'
import type { FaceSession, FaceSessionState } from '../vision/FaceSession'

const IDLE: FaceSessionState = { camera: 'idle', cameraDetail: undefined, tracker: 'idle', trackerError: undefined, facePresent: false }
const noSubscription = () => () => undefined

/** The session's small state (camera, tracker, face present) as React state; per-frame data is not. */
export function useFaceSessionState(session: FaceSession | undefined): FaceSessionState {
  return useSyncExternalStore(
    session ? (listener) => session.subscribeState(listener) : noSubscription,
    () => session?.state ?? IDLE,
  )
}
