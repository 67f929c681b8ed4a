import { CANONICAL_FACE_POSITIONS_CM } from './canonicalFace'
import type { AnchorName } from './types'

/** Where an anchor sits on the canonical face, and how its image position is found. */
export interface AnchorDefinition {
  /** Point in canonical face space, cm (+Y up, face towards +Z, +X the wearer's left). */
  readonly canonicalCm: readonly [x: number, y: number, z: number]
  /**
   * Landmarks whose image positions are averaged for the anchor's uv. They follow the live face
   * (mouth opening, jaw), which the rigid transform does not. Empty: uv comes from projecting the
   * anchor's camera-space position (for points with no landmark, such as the ear lobes).
   */
  readonly uvLandmarks: readonly number[]
}

/** Landmark at the deepest point of the nose bridge, between the eyes: where a glasses bridge rests. */
export const NOSE_BRIDGE_LANDMARK = 168
/** Mid-forehead landmark, about 1.7 cm below the top of the mesh (landmark 10, near the hairline). */
export const FOREHEAD_LANDMARK = 151
/** Lowest point of the chin (menton). */
export const CHIN_LANDMARK = 152
/** Middle of the upper lip's inner edge. */
export const UPPER_LIP_INNER_LANDMARK = 13
/** Middle of the lower lip's inner edge. */
export const LOWER_LIP_INNER_LANDMARK = 14
/** Face contour point by the wearer's left ear (x > 0 in canonical space). */
export const LEFT_EAR_CONTOUR_LANDMARK = 454
/** Face contour point by the wearer's right ear (x < 0 in canonical space). */
export const RIGHT_EAR_CONTOUR_LANDMARK = 234

/**
 * How far the ear lobe hangs below the contour landmarks 234/454, cm. Those sit at the side of the
 * face at about tragus height (0.7 cm above the canonical origin, 2 cm below the eye corners);
 * adult ear lobes hang roughly 2 cm below the tragus.
 */
export const EAR_LOBE_DROP_CM = 2
/**
 * How far behind the contour landmarks the ear lobe is, cm. 234/454 are the mesh's rearmost points
 * (z ≈ −2.4) but still on the cheek in front of the ear; 1.5 cm more puts the lobe about 11.5 cm
 * behind the nose tip, in line with adult head measurements.
 */
export const EAR_LOBE_BACK_CM = 1.5

function landmark(index: number): [number, number, number] {
  const p = CANONICAL_FACE_POSITIONS_CM
  return [p[3 * index] ?? 0, p[3 * index + 1] ?? 0, p[3 * index + 2] ?? 0]
}

function earLobe(contourLandmark: number): [number, number, number] {
  const [x, y, z] = landmark(contourLandmark)
  // x is kept: bitragion breadth (~14.5 cm) is close to the contour width here (15.3 cm).
  return [x, y - EAR_LOBE_DROP_CM, z - EAR_LOBE_BACK_CM]
}

function midpoint(a: number, b: number): [number, number, number] {
  const pa = landmark(a)
  const pb = landmark(b)
  return [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2, (pa[2] + pb[2]) / 2]
}

/**
 * Every anchor's point on the canonical face. Products carry their own offsets from these points
 * (a cap and a beanie sit at different heights above the forehead), so the anchors are face points,
 * not product fits:
 * - noseBridge: landmark 168, where a glasses bridge rests.
 * - forehead: landmark 151 unmoved. A hat brim sits anywhere from the hairline (landmark 10) up,
 *   depending on the hat, so no single shift suits all; 151 is on the skin, tracked directly, and
 *   gives an exact image position.
 * - chin: landmark 152.
 * - lips: midpoint of the inner lip landmarks 13 and 14 (centre of the mouth, open or closed).
 * - leftEarLobe / rightEarLobe: contour landmarks 454 / 234 moved down `EAR_LOBE_DROP_CM` and back
 *   `EAR_LOBE_BACK_CM`: the mesh has no ear, so these are estimates, and their uv is projected.
 */
export const ANCHOR_DEFINITIONS: Readonly<Record<AnchorName, AnchorDefinition>> = {
  noseBridge: { canonicalCm: landmark(NOSE_BRIDGE_LANDMARK), uvLandmarks: [NOSE_BRIDGE_LANDMARK] },
  forehead: { canonicalCm: landmark(FOREHEAD_LANDMARK), uvLandmarks: [FOREHEAD_LANDMARK] },
  chin: { canonicalCm: landmark(CHIN_LANDMARK), uvLandmarks: [CHIN_LANDMARK] },
  lips: {
    canonicalCm: midpoint(UPPER_LIP_INNER_LANDMARK, LOWER_LIP_INNER_LANDMARK),
    uvLandmarks: [UPPER_LIP_INNER_LANDMARK, LOWER_LIP_INNER_LANDMARK],
  },
  leftEarLobe: { canonicalCm: earLobe(LEFT_EAR_CONTOUR_LANDMARK), uvLandmarks: [] },
  rightEarLobe: { canonicalCm: earLobe(RIGHT_EAR_CONTOUR_LANDMARK), uvLandmarks: [] },
}
