import { describe, expect, it } from 'vitest'
import { AnchorRefiner } from '../../../../src/core/face/AnchorRefiner'
import { computeAnchorPoses, createAnchorPoses } from '../../../../src/core/face/computeAnchors'
import { projectToUv } from '../../../../src/core/face/projectToUv'
import { LANDMARK_COUNT, type TrackingCamera } from '../../../../src/core/face/types'
import { gaussian } from '../../../../src/core/random/gaussian'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

const camera: TrackingCamera = { verticalFovDeg: 63, aspect: 4 / 3 }
const yaw = (deg: number): number[] => {
  const a = (deg * Math.PI) / 180
  return [Math.cos(a), 0, -Math.sin(a), 0, 0, 1, 0, 0, Math.sin(a), 0, Math.cos(a), 0, 1, -2, -45, 1]
}

/** Landmarks where 168 sits `offsetUv` away from where the canonical face projects it. */
function landmarksWithOffset(matrix: number[], offsetUv: [number, number]): Float32Array {
  const poses = createAnchorPoses()
  computeAnchorPoses(matrix, new Float32Array(0), camera, poses)
  const landmarks = new Float32Array(LANDMARK_COUNT * 3)
  const uv = new Float64Array(2)
  projectToUv(poses.noseBridge.position, camera, uv)
  landmarks[168 * 3] = uv[0]! + offsetUv[0]
  landmarks[168 * 3 + 1] = uv[1]! + offsetUv[1]
  return landmarks
}

describe('AnchorRefiner', () => {
  it('moves the nose bridge onto its landmark once settled, keeping its depth', () => {
    const matrix = yaw(20)
    const landmarks = landmarksWithOffset(matrix, [0.004, 0.01])
    const refiner = new AnchorRefiner()
    const poses = createAnchorPoses()
    for (let frame = 0; frame < 150; frame++) {
      computeAnchorPoses(matrix, landmarks, camera, poses)
      refiner.refine(poses, camera, frame / 30)
    }
    const uv = new Float64Array(2)
    projectToUv(poses.noseBridge.position, camera, uv)
    expect(uv[0]).toBeCloseTo(landmarks[168 * 3]!, 4)
    expect(uv[1]).toBeCloseTo(landmarks[168 * 3 + 1]!, 4)
  })

  it('passes little of a landmark that jumps for one frame', () => {
    const matrix = yaw(0)
    const steady = landmarksWithOffset(matrix, [0, 0])
    const jumped = landmarksWithOffset(matrix, [0.05, 0])
    const refiner = new AnchorRefiner()
    const poses = createAnchorPoses()
    for (let frame = 0; frame < 60; frame++) {
      computeAnchorPoses(matrix, steady, camera, poses)
      refiner.refine(poses, camera, frame / 30)
    }
    computeAnchorPoses(matrix, jumped, camera, poses)
    refiner.refine(poses, camera, 60 / 30)
    const uv = new Float64Array(2)
    projectToUv(poses.noseBridge.position, camera, uv)
    expect(Math.abs(uv[0]! - steady[168 * 3]!)).toBeLessThan(0.05 * 0.15)
  })

  it('passes under 40% of the landmark noise on a still face at 6 results/s', () => {
    const matrix = yaw(0)
    const random = mulberry32(7)
    const refiner = new AnchorRefiner()
    const poses = createAnchorPoses()
    const uv = new Float64Array(2)
    let prev: number[] = []
    let prevLandmark: number[] = []
    let outSq = 0
    let rawSq = 0
    for (let frame = 0; frame < 300; frame++) {
      const landmarks = landmarksWithOffset(matrix, [0.002 * gaussian(random), 0.002 * gaussian(random)])
      computeAnchorPoses(matrix, landmarks, camera, poses)
      refiner.refine(poses, camera, frame / 6)
      projectToUv(poses.noseBridge.position, camera, uv)
      const landmark = [landmarks[168 * 3]!, landmarks[168 * 3 + 1]!]
      if (frame > 6) {
        outSq += (uv[0]! - prev[0]!) ** 2 + (uv[1]! - prev[1]!) ** 2
        rawSq += (landmark[0]! - prevLandmark[0]!) ** 2 + (landmark[1]! - prevLandmark[1]!) ** 2
      }
      prev = [uv[0]!, uv[1]!]
      prevLandmark = landmark
    }
    expect(Math.sqrt(outSq)).toBeLessThan(0.4 * Math.sqrt(rawSq))
  })

  it('leaves anchors without a landmark (ear lobes) alone', () => {
    const matrix = yaw(10)
    const poses = createAnchorPoses()
    computeAnchorPoses(matrix, landmarksWithOffset(matrix, [0.02, 0.02]), camera, poses)
    const before = Array.from(poses.leftEarLobe.position)
    new AnchorRefiner().refine(poses, camera, 0)
    expect(Array.from(poses.leftEarLobe.position)).toEqual(before)
  })
})
