import { useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { DoubleSide, MeshBasicMaterial } from 'three'
import { createHeadOccluderGeometry } from './headOccluderGeometry'

export interface HeadOccluderProps {
  /** Show the occluder in colour instead of depth only (debugging its fit). Default false. */
  visibleForDebug?: boolean
}

/**
 * A depth-only head: writes depth, no colour, and draws before the products, so the parts of a
 * product behind the head (the far temple of a pair of glasses) are hidden. Place it inside
 * {@link HeadPose}.
 */
export function HeadOccluder({ visibleForDebug = false }: HeadOccluderProps) {
  const geometry = useMemo(createHeadOccluderGeometry, [])
  const material = useMemo(
    () =>
      new MeshBasicMaterial({
        colorWrite: visibleForDebug,
        color: 0x33ff99,
        wireframe: visibleForDebug,
        side: DoubleSide,
      }),
    [visibleForDebug],
  )
  // The canvas draws on demand: adding or removing the occluder must redraw.
  const invalidate = useThree((state) => state.invalidate)
  useLayoutEffect(() => {
    invalidate()
    return () => invalidate()
  }, [invalidate, material])
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  return <mesh geometry={geometry} material={material} renderOrder={-1} name="head-occluder" />
}
