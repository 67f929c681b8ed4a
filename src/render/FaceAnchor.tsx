import { useFrame } from '@react-three/fiber'
import { useRef, type ReactNode } from 'react'
import type { Group } from 'three'
import type { AnchorName, FaceResult } from '../core/face/types'

export interface FaceAnchorProps {
  /** The session's reused face result, read every frame. */
  result: FaceResult
  /** Which point of the face the children attach to. */
  name: AnchorName
  children?: ReactNode
}

/**
 * A group placed on a named face anchor (camera space, centimetres, head rotation without the
 * tracker's scale), so products keep their real size. Hidden while no face is tracked.
 */
export function FaceAnchor({ result, name, children }: FaceAnchorProps) {
  const group = useRef<Group>(null)
  useFrame(() => {
    const g = group.current
    if (!g) return
    g.visible = result.tracked
    if (!result.tracked) return
    const { position: p, quaternion: q } = result.anchors[name]
    g.position.set(p[0]!, p[1]!, p[2]!)
    g.quaternion.set(q[0]!, q[1]!, q[2]!, q[3]!)
  })
  return (
    <group ref={group} visible={false} name={`anchor:${name}`}>
      {children}
    </group>
  )
}
