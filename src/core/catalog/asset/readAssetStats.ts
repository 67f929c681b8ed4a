import { assetIssue } from './assetIssue'
import { imageSize } from './imageSize'
import { indexField, listOf, objectField, type GltfObject } from './gltfJson'
import { nodeWorldMatrices } from './nodeWorldMatrices'
import { materialHex, readVariants } from './readVariants'
import type { AssetIssue, AssetStats, GlbContainer, ImageStat } from './types'
import type { Vec3 } from '../types'

// Divisor of each normalised integer component type (glTF 2.0 §3.11): min/max of a normalised
// accessor are stored as integers, so they are divided back to [-1, 1] or [0, 1].
const NORMALISED_DIVISOR: Readonly<Record<number, number>> = { 5120: 127, 5121: 255, 5122: 32767, 5123: 65535 }
const TRIANGLES = 4, TRIANGLE_STRIP = 5, TRIANGLE_FAN = 6

function trianglesOf(primitive: GltfObject, accessors: GltfObject[]): number {
  const mode = primitive.mode ?? TRIANGLES
  const indices = indexField(primitive, 'indices')
  const position = indexField(objectField(primitive, 'attributes'), 'POSITION')
  const count = indexField(accessors[indices ?? position ?? -1] ?? {}, 'count') ?? 0
  if (mode === TRIANGLES) return Math.floor(count / 3)
  if (mode === TRIANGLE_STRIP || mode === TRIANGLE_FAN) return Math.max(0, count - 2)
  return 0
}

function positionRange(accessor: GltfObject | undefined): { min: Vec3; max: Vec3 } | undefined {
  const min = accessor?.min, max = accessor?.max
  const ok = (v: unknown): v is Vec3 => Array.isArray(v) && v.length === 3 && v.every((n) => typeof n === 'number' && Number.isFinite(n))
  if (!accessor || !ok(min) || !ok(max)) return undefined
  const divisor = accessor.normalized === true ? NORMALISED_DIVISOR[accessor.componentType as number] : undefined
  if (divisor === undefined) return { min, max }
  const f = (v: number) => Math.max(v / divisor, -1)
  return { min: min.map(f) as Vec3, max: max.map(f) as Vec3 }
}

function readImages(container: GlbContainer, issues: AssetIssue[]): ImageStat[] {
  const views = listOf(container.json, 'bufferViews')
  const stats: ImageStat[] = []
  listOf(container.json, 'images').forEach((image, index) => {
    const view = views[indexField(image, 'bufferView') ?? -1]
    const offset = indexField(view ?? {}, 'byteOffset') ?? 0
    const bytes = view && container.bin ? container.bin.subarray(offset, offset + (indexField(view, 'byteLength') ?? 0)) : undefined
    const size = bytes && imageSize(bytes)
    const mimeType = typeof image.mimeType === 'string' ? image.mimeType : 'unknown'
    if (size === undefined) {
      issues.push(assetIssue('IMAGE_UNREADABLE', `images[${index}] (${mimeType}) is not a PNG, JPEG or WebP image whose size can be read`, `/images/${index}`))
    } else stats.push({ index, mimeType, ...size })
  })
  return stats
}

/**
 * Reads the figures budgets and fit are judged on (triangles, draw calls, materials, textures and
 * their sizes, bounds, colour variants) from a container that passed `checkGltfStructure`.
 * Problems that make the figures unknowable (a node cycle, an unreadable image) are pushed to `issues`.
 */
export function readAssetStats(container: GlbContainer, fileBytes: number, issues: AssetIssue[]): AssetStats {
  const json = container.json
  const accessors = listOf(json, 'accessors')
  const meshes = listOf(json, 'meshes')
  const nodes = listOf(json, 'nodes')
  const materialList = listOf(json, 'materials')
  const walk = nodeWorldMatrices(json)
  if ('error' in walk) issues.push(assetIssue('GLTF_NODE_HIERARCHY', walk.error, walk.pointer))
  let triangles = 0, drawCalls = 0
  const materials = new Set<number>()
  let primaryHex: string | undefined
  const min: Vec3 = [Infinity, Infinity, Infinity], max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (const { node, matrix: m } of 'error' in walk ? [] : walk.instances) {
    const mesh = meshes[indexField(nodes[node]!, 'mesh') ?? -1]
    for (const primitive of mesh ? listOf(mesh, 'primitives') : []) {
      drawCalls++
      triangles += trianglesOf(primitive, accessors)
      const material = indexField(primitive, 'material')
      if (material !== undefined) materials.add(material)
      primaryHex ??= materialHex(materialList[material ?? -1])
      const range = positionRange(accessors[indexField(objectField(primitive, 'attributes'), 'POSITION') ?? -1])
      if (!range) continue
      for (let corner = 0; corner < 8; corner++) {
        const x = corner & 1 ? range.max[0] : range.min[0], y = corner & 2 ? range.max[1] : range.min[1], z = corner & 4 ? range.max[2] : range.min[2]
        for (let r = 0; r < 3; r++) {
          const v = m[r]! * x + m[4 + r]! * y + m[8 + r]! * z + m[12 + r]!
          if (v < min[r]!) min[r] = v
          if (v > max[r]!) max[r] = v
        }
      }
    }
  }
  const images = readImages(container, issues)
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [])
  const stats: AssetStats = {
    bytes: fileBytes,
    triangles,
    drawCalls,
    materials: materials.size,
    textures: listOf(json, 'images').length,
    maxTextureSizePx: images.reduce((m, i) => Math.max(m, i.width, i.height), 0),
    images,
    bounds: Number.isFinite(min[0]) ? { min, max } : null,
    variants: readVariants(json),
    extensionsUsed: strings(json.extensionsUsed),
    extensionsRequired: strings(json.extensionsRequired),
  }
  if (primaryHex !== undefined) stats.primaryHex = primaryHex
  return stats
}
