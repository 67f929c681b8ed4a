import { indexField, listOf, objectField } from './gltfJson'
import type { GltfJson, MaterialVariant } from './types'

const EXTENSION = 'KHR_materials_variants'

// glTF colours are linear; the manifest's hex colours are sRGB (IEC 61966-2-1 transfer function).
function linearToSrgbByte(c: number): number {
  const v = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055
  return Math.round(Math.min(1, Math.max(0, v)) * 255)
}

/** `#rrggbb` of a material's base colour factor, or undefined when it has none. */
export function materialHex(material: Record<string, unknown> | undefined): string | undefined {
  const factor = objectField(material ?? {}, 'pbrMetallicRoughness').baseColorFactor
  if (!Array.isArray(factor) || factor.length < 3 || !factor.every((n) => typeof n === 'number')) return undefined
  return `#${(factor as number[]).slice(0, 3).map((c) => linearToSrgbByte(c).toString(16).padStart(2, '0')).join('')}`
}

/**
 * The colour variants a GLB offers through KHR_materials_variants, in declaration order, each with
 * the sRGB base colour of the first material mapped to it (so a studio can offer it as a swatch).
 */
export function readVariants(json: GltfJson): MaterialVariant[] {
  const variants = listOf(objectField(objectField(json, 'extensions'), EXTENSION), 'variants')
  const materials = listOf(json, 'materials')
  const firstMaterial = new Map<number, number>()
  for (const mesh of listOf(json, 'meshes')) {
    for (const primitive of listOf(mesh, 'primitives')) {
      for (const mapping of listOf(objectField(objectField(primitive, 'extensions'), EXTENSION), 'mappings')) {
        const material = indexField(mapping, 'material')
        const ids = Array.isArray(mapping.variants) ? mapping.variants : []
        for (const id of ids) if (typeof id === 'number' && material !== undefined && !firstMaterial.has(id)) firstMaterial.set(id, material)
      }
    }
  }
  return variants.map((variant, i) => {
    const name = typeof variant.name === 'string' && variant.name.trim() !== '' ? variant.name : `Variant ${i + 1}`
    const material = firstMaterial.get(i)
    const hex = material === undefined ? undefined : materialHex(materials[material])
    return hex === undefined ? { name } : { name, hex }
  })
}
