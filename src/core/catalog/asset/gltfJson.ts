import type { GltfJson } from './types'

/** An object of the untrusted glTF JSON, or an empty one when the value is not an object. */
export type GltfObject = Record<string, unknown>

/** `json[key]` as an array of objects; entries that are not objects read as `{}` (other checks report them). */
export function listOf(json: GltfJson | GltfObject, key: string): GltfObject[] {
  const value = json[key]
  if (!Array.isArray(value)) return []
  return value.map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as GltfObject) : {}))
}

/** A non-negative integer field, or undefined. */
export function indexField(object: GltfObject, key: string): number | undefined {
  const value = object[key]
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
}

/** A nested object field (e.g. `extensions`), or `{}`. */
export function objectField(object: GltfObject, key: string): GltfObject {
  const value = object[key]
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as GltfObject) : {}
}

/** Bytes per component for each accessor `componentType` (glTF 2.0 §3.6.2.2). */
export const COMPONENT_BYTES: Readonly<Record<number, number>> = { 5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4 }

/** Components per element for each accessor `type`. */
export const TYPE_COMPONENTS: Readonly<Record<string, number>> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT2: 4, MAT3: 9, MAT4: 16 }
