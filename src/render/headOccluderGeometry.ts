import { BufferAttribute, BufferGeometry, SphereGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { CANONICAL_FACE_POSITIONS_CM, CANONICAL_FACE_TRIANGLES } from '../core/face/canonicalFace'

/**
 * How far the face surface of the occluder sits behind the real face, cm: a bridge or a nose pad
 * resting on the skin must not be clipped by the skin itself.
 */
export const OCCLUDER_FACE_INSET_CM = 0.4
/**
 * The back of the head as an ellipsoid in canonical face space (cm). Narrower than a pair of
 * glasses' temples (±6.6 cm against ±7 cm) so the near temple stays visible, and set behind the
 * face surface so it never covers the frame front; it hides the far temple once the head turns.
 */
export const OCCLUDER_SKULL_CENTRE_CM = [0, 1.5, -4] as const
export const OCCLUDER_SKULL_RADII_CM = [6.6, 9.5, 7.2] as const

/** The head occluder's geometry in canonical face space: the canonical face mesh plus a skull. */
export function createHeadOccluderGeometry(): BufferGeometry {
  const face = new BufferGeometry()
  const positions = new Float32Array(CANONICAL_FACE_POSITIONS_CM)
  for (let i = 2; i < positions.length; i += 3) positions[i]! -= OCCLUDER_FACE_INSET_CM
  face.setAttribute('position', new BufferAttribute(positions, 3))
  face.setIndex(new BufferAttribute(new Uint16Array(CANONICAL_FACE_TRIANGLES), 1))
  const skull = new SphereGeometry(1, 32, 24)
  skull.scale(OCCLUDER_SKULL_RADII_CM[0], OCCLUDER_SKULL_RADII_CM[1], OCCLUDER_SKULL_RADII_CM[2])
  skull.translate(OCCLUDER_SKULL_CENTRE_CM[0], OCCLUDER_SKULL_CENTRE_CM[1], OCCLUDER_SKULL_CENTRE_CM[2])
  skull.deleteAttribute('normal')
  skull.deleteAttribute('uv')
  const merged = mergeGeometries([face, skull], false)
  face.dispose()
  skull.dispose()
  if (!merged) throw new Error('[vitrine/render] could not build the head occluder geometry')
  return merged
}
