import { MeshBasicMaterial, SphereGeometry } from 'three'
import { useMemo } from 'react'

/** The probe's colour: pure magenta, found nowhere in the demo scenes or on a face. */
export const BRIDGE_PROBE_COLOUR = 0xff00ff

/**
 * A small unlit magenta dot drawn on top at the anchor's origin (where the product's pivot, the
 * glasses' nose-bridge point, lands). Tests and the benchmark find it in screenshots to measure
 * where the rendered glasses sit; shoppers never see it.
 */
export function BridgeProbe({ radiusCm = 0.25 }: { radiusCm?: number }) {
  const geometry = useMemo(() => new SphereGeometry(radiusCm, 12, 8), [radiusCm])
  const material = useMemo(
    () => new MeshBasicMaterial({ color: BRIDGE_PROBE_COLOUR, depthTest: false, toneMapped: false }),
    [],
  )
  return <mesh geometry={geometry} material={material} renderOrder={10} name="bridge-probe" />
}
