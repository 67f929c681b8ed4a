import { useFrame } from '@react-three/fiber'
import { useRef, type ReactNode } from 'react'
import type { Group } from 'three'
import type { FaceResult } from '../core/face/types'

export interface HeadPoseProps {
  /** The session's reused face result, read every frame. */
  result: FaceResult
  children?: ReactNode
}

/**
 * A group that carries the smoothed head pose: its children live in canonical face space
 * (centimetres, MediaPipe's canonical face model). Hidden while no face is tracked.
 */
export function HeadPose({ result, children }: HeadPoseProps) {
  const group = useRef<Group>(null)
  useFrame(() => {
    const g = group.current
    if (!g) return
    g.visible = result.tracked
    if (result.tracked) g.matrix.fromArray(result.poseMatrix)
  })
  return (
    <group ref={group} matrixAutoUpdate={false} visible={false}>
      {children}
    </group>
  )
}
