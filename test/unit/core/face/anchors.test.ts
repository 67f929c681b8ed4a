import { describe, expect, it } from 'vitest'
import { ANCHOR_DEFINITIONS } from '../../../../src/core/face/anchorDefinitions'
import { CANONICAL_FACE_POSITIONS_CM } from '../../../../src/core/face/canonicalFace'
import { computeAnchorPoses, createAnchorPoses } from '../../../../src/core/face/computeAnchors'
import { projectToUv } from '../../../../src/core/face/projectToUv'
import { ANCHOR_NAMES, MEDIAPIPE_VERTICAL_FOV_DEG, type TrackingCamera } from '../../../../src/core/face/types'

const camera: TrackingCamera = { verticalFovDeg: MEDIAPIPE_VERTICAL_FOV_DEG, aspect: 16 / 9 }

/** Column-major 4x4 = translate(t) · rotateY(yawRad) · scale(s), as MediaPipe lays out its matrix. */
function pose(t: [number, number, number], yawRad = 0, s = 1): Float32Array {
  const c = Math.cos(yawRad) * s
  const n = Math.sin(yawRad) * s
  return new Float32Array([c, 0, -n, 0, 0, s, 0, 0, n, 0, c, 0, t[0], t[1], t[2], 1])
}

/** Landmarks of a rigid canonical face seen through `matrix`, as the tracker would report them. */
function landmarksFor(matrix: Float32Array): Float32Array {
  const out = new Float32Array(478 * 3)
  const uv = [0, 0]
  for (let i = 0; i < 468; i++) {
    const [x, y, z] = [0, 1, 2].map((k) => CANONICAL_FACE_POSITIONS_CM[3 * i + k]!) as [number, number, number]
    const p = [0, 1, 2].map((r) => matrix[r]! * x + matrix[4 + r]! * y + matrix[8 + r]! * z + matrix[12 + r]!)
    projectToUv(p, camera, uv)
    out.set([uv[0]!, uv[1]!, 0], 3 * i)
  }
  return out
}

const canonical = (i: number) => [0, 1, 2].map((k) => CANONICAL_FACE_POSITIONS_CM[3 * i + k]!)

describe('projectToUv', () => {
  it('matches the perspective projection computed by hand', () => {
    const tanHalf = Math.tan((31.5 * Math.PI) / 180)
    const p = [3, -2, -40]
    const uv = [0, 0]
    expect(projectToUv(p, camera, uv)).toBe(true)
    expect(uv[0]).toBeCloseTo(0.5 + (0.5 * 3) / (40 * tanHalf * (16 / 9)), 12)
    expect(uv[1]).toBeCloseTo(0.5 + (0.5 * 2) / (40 * tanHalf), 12)
  })

  it('maps the top of the frustum to v = 0 and its right edge to u = 1 (image origin top-left)', () => {
    const tanHalf = Math.tan((31.5 * Math.PI) / 180)
    const uv = [0, 0]
    projectToUv([50 * tanHalf * camera.aspect, 50 * tanHalf, -50], camera, uv)
    expect(uv[0]).toBeCloseTo(1, 12)
    expect(uv[1]).toBeCloseTo(0, 12)
  })

  it('reports points at or behind the camera as not visible', () => {
    const uv = [0, 0]
    expect(projectToUv([0, 0, 5], camera, uv)).toBe(false)
    expect(uv[0]).toBeNaN()
  })
})

describe('computeAnchorPoses', () => {
  const m = pose([0, 0, -50])
  const landmarks = landmarksFor(m)

  it('places anchors at the canonical point shifted 50 cm in front of the camera, head unrotated', () => {
    const out = createAnchorPoses()
    computeAnchorPoses(m, landmarks, camera, out)
    for (const name of ANCHOR_NAMES) {
      const [x, y, z] = ANCHOR_DEFINITIONS[name].canonicalCm
      expect(Array.from(out[name].position)).toEqual([x, y, z - 50].map((v) => expect.closeTo(v, 5)))
      expect(Array.from(out[name].quaternion)).toEqual([0, 0, 0, 1].map((v) => expect.closeTo(v, 9)))
    }
    expect(out.noseBridge.position[1]).toBeCloseTo(canonical(168)[1]!, 5)
  })

  it('gives sensible image positions: centre-ish bridge above chin, left ear lobe on the right', () => {
    const out = createAnchorPoses()
    computeAnchorPoses(m, landmarks, camera, out)
    expect(out.noseBridge.uv[0]).toBeCloseTo(0.5, 6)
    expect(Math.abs(out.noseBridge.uv[1]! - 0.5)).toBeLessThan(0.1)
    expect(out.noseBridge.uv[1]).toBeLessThan(out.lips.uv[1]!)
    expect(out.lips.uv[1]).toBeLessThan(out.chin.uv[1]!)
    expect(out.forehead.uv[1]).toBeLessThan(out.noseBridge.uv[1]!)
    // Not mirrored: the wearer's left faces the camera's right.
    expect(out.leftEarLobe.uv[0]).toBeGreaterThan(0.5)
    expect(out.rightEarLobe.uv[0]).toBeLessThan(0.5)
  })

  it('takes uv from the landmarks where the anchor has them, projection elsewhere', () => {
    const moved = landmarks.slice()
    moved[3 * 152] = 0.123 // jaw moved in the image: the rigid transform cannot know
    moved[3 * 152 + 1] = 0.987
    moved[3 * 13 + 1] = 0.7
    moved[3 * 14 + 1] = 0.8
    const out = createAnchorPoses()
    computeAnchorPoses(m, moved, camera, out)
    expect(Array.from(out.chin.uv)).toEqual([expect.closeTo(0.123, 6), expect.closeTo(0.987, 6)])
    expect(out.lips.uv[1]).toBeCloseTo(0.75, 6)
    const projected = [0, 0]
    projectToUv(out.leftEarLobe.position, camera, projected)
    expect(Array.from(out.leftEarLobe.uv)).toEqual(projected)
  })

  it('agrees with the landmarks for a rigid face: projected and landmark uvs coincide', () => {
    const out = createAnchorPoses()
    computeAnchorPoses(m, landmarks, camera, out)
    const uv = [0, 0]
    for (const name of ['noseBridge', 'forehead', 'chin'] as const) {
      projectToUv(out[name].position, camera, uv)
      expect(out[name].uv[0]).toBeCloseTo(uv[0]!, 6)
      expect(out[name].uv[1]).toBeCloseTo(uv[1]!, 6)
    }
  })

  it('turns anchors with the head: yaw towards the wearer’s left brings the right ear closer', () => {
    const yaw = Math.PI / 6
    const turned = pose([0, 0, -50], yaw)
    const before = createAnchorPoses()
    const after = createAnchorPoses()
    computeAnchorPoses(m, landmarks, camera, before)
    computeAnchorPoses(turned, landmarksFor(turned), camera, after)
    expect(after.noseBridge.uv[0]).toBeGreaterThan(before.noseBridge.uv[0]!)
    expect(after.rightEarLobe.position[2]).toBeGreaterThan(before.rightEarLobe.position[2]!)
    expect(after.leftEarLobe.position[2]).toBeLessThan(before.leftEarLobe.position[2]!)
    const q = Array.from(after.chin.quaternion)
    expect(q).toEqual([0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2)].map((v) => expect.closeTo(v, 6)))
    // Rigid: the distance between two anchors does not change.
    const dist = (o: typeof before) => Math.hypot(...[0, 1, 2].map((k) => o.chin.position[k]! - o.leftEarLobe.position[k]!))
    expect(dist(after)).toBeCloseTo(dist(before), 4)
  })

  it('keeps scale out of the quaternion but in the positions', () => {
    const yaw = -0.4
    const plain = createAnchorPoses()
    const scaled = createAnchorPoses()
    computeAnchorPoses(pose([2, 1, -60], yaw), landmarks, camera, plain)
    computeAnchorPoses(pose([2, 1, -60], yaw, 1.2), landmarks, camera, scaled)
    expect(Array.from(scaled.noseBridge.quaternion)).toEqual(
      Array.from(plain.noseBridge.quaternion).map((v) => expect.closeTo(v, 6)),
    )
    expect(Math.hypot(...scaled.noseBridge.quaternion)).toBeCloseTo(1, 9)
    expect(scaled.chin.position[1]! - 1).toBeCloseTo(1.2 * (plain.chin.position[1]! - 1), 4)
  })

  it('writes into the same objects every call (no allocation on the frame path)', () => {
    const out = createAnchorPoses()
    const refs = ANCHOR_NAMES.map((n) => [out[n], out[n].position, out[n].quaternion, out[n].uv])
    computeAnchorPoses(m, landmarks, camera, out)
    const first = Array.from(out.chin.position)
    computeAnchorPoses(pose([0, 0, -70]), landmarks, camera, out)
    ANCHOR_NAMES.forEach((n, i) => {
      const [record, position, quaternion, uv] = refs[i]!
      expect(out[n]).toBe(record)
      expect(out[n].position).toBe(position)
      expect(out[n].quaternion).toBe(quaternion)
      expect(out[n].uv).toBe(uv)
    })
    expect(out.chin.position[2]).toBeCloseTo(first[2]! - 20, 4)
  })
})
