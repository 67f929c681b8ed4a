import type { Material, Mesh, Object3D } from 'three'

/** Opacity a transmissive lens gets when drawn as plain transparency. */
const LENS_OPACITY = 0.55

interface Transmissive extends Material {
  transmission?: number
  opacity: number
}

/**
 * The cheap look for a software-rendered GPU: transmission (refraction) needs an extra pass of
 * the whole scene each frame, which on an emulated GPU costs the face model most of its CPU.
 * Transmissive lenses become plain transparent ones. Materials are cloned, so the shared cached
 * model keeps its full look. Mutates `root`.
 */
export function simplifyMaterials(root: Object3D): void {
  root.traverse((object) => {
    const mesh = object as Mesh
    if (!mesh.isMesh) return
    const materials = Array.isArray(mesh.material) ? mesh.material : [mesh.material]
    const simplified = materials.map((material) => {
      const m = material as Transmissive
      if (!m.transmission) return material
      const copy = m.clone() as Transmissive
      copy.transmission = 0
      copy.transparent = true
      copy.opacity = Math.min(copy.opacity, LENS_OPACITY)
      copy.depthWrite = false
      return copy
    })
    mesh.material = Array.isArray(mesh.material) ? simplified : simplified[0]!
  })
}
