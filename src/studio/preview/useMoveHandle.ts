import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react'
import { Quaternion, Vector3 } from 'three'
import { MEDIAPIPE_VERTICAL_FOV_DEG, type AnchorName, type FaceResult } from '../../core/face/types'
import type { Vec3 } from '../../core/catalog/types'

/** Keyboard moves, centimetres: half a millimetre per press, five with Shift. */
export const KEY_MOVE_CM = 0.05
export const KEY_BIG_MOVE_CM = 0.5
const KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }
const HALF_FOV_TAN = Math.tan((MEDIAPIPE_VERTICAL_FOV_DEG / 2) * (Math.PI / 180))

// Scratch (pointer moves come at display rate).
const inverseHead = new Quaternion()
const delta = new Vector3()

/** Centimetres at the anchor's depth per CSS pixel of a stage `heightPx` tall (camera of 63° vertical FOV). */
export function cmPerPixel(result: FaceResult, anchor: AnchorName, heightPx: number): number {
  const depthCm = -result.anchors[anchor].position[2]!
  return depthCm > 0 && heightPx > 0 ? (2 * depthCm * HALF_FOV_TAN) / heightPx : 0
}

/**
 * A move handle on a mirrored try-on stage: dragging the product, or arrow keys while the stage
 * has focus, moves it on screen; `onMove` gets that motion in the anchor's space (centimetres),
 * which the editor turns into a new pivot. Screen right is the camera's -X (the stage is a mirror),
 * screen down its -Y; the head's rotation is undone so the product follows the pointer.
 */
export function useMoveHandle(stage: RefObject<HTMLElement | null>, result: FaceResult | undefined, anchor: AnchorName, onMove: (deltaCm: Vec3) => void) {
  const last = useRef<{ x: number; y: number; id: number } | undefined>(undefined)

  const move = (rightCm: number, downCm: number) => {
    if (!result || (rightCm === 0 && downCm === 0)) return
    const q = result.anchors[anchor].quaternion
    inverseHead.set(q[0]!, q[1]!, q[2]!, q[3]!).invert()
    delta.set(-rightCm, -downCm, 0).applyQuaternion(inverseHead)
    onMove([delta.x, delta.y, delta.z])
  }

  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return
      e.currentTarget.setPointerCapture(e.pointerId)
      last.current = { x: e.clientX, y: e.clientY, id: e.pointerId }
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const from = last.current
      if (!from || from.id !== e.pointerId || !result) return
      const scale = cmPerPixel(result, anchor, stage.current?.clientHeight ?? 0)
      move((e.clientX - from.x) * scale, (e.clientY - from.y) * scale)
      last.current = { x: e.clientX, y: e.clientY, id: e.pointerId }
    },
    onPointerUp: () => {
      last.current = undefined
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const direction = KEYS[e.key]
      if (!direction) return
      e.preventDefault()
      const step = e.shiftKey ? KEY_BIG_MOVE_CM : KEY_MOVE_CM
      move(direction[0] * step, direction[1] * step)
    },
  }
}
