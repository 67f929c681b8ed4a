import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Vector3, type Object3D } from 'three'
import { PoseChange } from '../core/face/PoseChange'
import type { AnchorName, FaceResult } from '../core/face/types'
import type { GpuIdleGate } from './GpuIdleGate'
import type { RenderStats } from './renderStats'

export interface RenderDriverProps {
  /** Subscribes to new tracker results; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
  result: FaceResult
  stats: RenderStats
  /** The anchor the product hangs on; its group's origin is reported as `stats.bridgeUv`. */
  anchor: AnchorName
  /** Told when a redraw is asked for and when it is on the GPU (for the tracker's pacing). */
  gate?: GpuIdleGate | undefined
}

const probeWorld = new Vector3() // module scratch: the frame loop allocates nothing

/**
 * Draws a frame when a tracker result moves the face visibly (the canvas runs `frameloop="demand"`:
 * no change, no work), times the draw, and records where the product's anchor landed on the video.
 */
export function RenderDriver({ subscribe, result, stats, anchor, gate }: RenderDriverProps) {
  const invalidate = useThree((state) => state.invalidate)
  const scene = useThree((state) => state.scene)
  const probeObjectName = `anchor:${anchor}`
  // A result that would draw the same picture (a still face) costs no GPU work.
  const change = useRef(new PoseChange())
  useEffect(() => {
    change.current.reset()
    return subscribe(() => {
      if (change.current.update(result, anchor)) {
        gate?.arm()
        invalidate()
      }
    })
  }, [subscribe, invalidate, result, anchor, gate])
  useEffect(() => {
    probeRef.current = undefined // the product's anchor may change
  }, [probeObjectName])
  const probeRef = useRef<Object3D | undefined>(undefined)
  useFrame(({ gl, scene: s, camera }) => {
    const started = performance.now()
    gl.render(s, camera)
    stats.renderMs = performance.now() - started
    gate?.drawn(gl)
    stats.frames++
    const probe = (probeRef.current ??= scene.getObjectByName(probeObjectName))
    stats.bridgeVisible = result.tracked && probe !== undefined
    if (stats.bridgeVisible && probe) {
      probe.getWorldPosition(probeWorld).project(camera)
      stats.bridgeUv[0] = (probeWorld.x + 1) / 2
      stats.bridgeUv[1] = (1 - probeWorld.y) / 2
    }
    stats.onFrame?.()
  }, 1)
  return null
}
