/** Test GLBs made from code: a valid box "pair of glasses" and byte-level GLB assembly for malformed ones. */

const JSON_CHUNK = 0x4e4f534a
const BIN_CHUNK = 0x004e4942

const pad4 = (n: number) => (n + 3) & ~3

/** Assembles a GLB from a glTF JSON object (or raw JSON text) and a binary chunk, padding both. */
export function buildGlb(json: object | string, bin?: Uint8Array): Uint8Array {
  const text = new TextEncoder().encode(typeof json === 'string' ? json : JSON.stringify(json))
  const jsonLength = pad4(text.byteLength)
  const binLength = bin ? pad4(bin.byteLength) : 0
  const total = 12 + 8 + jsonLength + (bin ? 8 + binLength : 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x46546c67, true)
  view.setUint32(4, 2, true)
  view.setUint32(8, total, true)
  view.setUint32(12, jsonLength, true)
  view.setUint32(16, JSON_CHUNK, true)
  out.set(text, 20)
  out.fill(0x20, 20 + text.byteLength, 20 + jsonLength)
  if (bin) {
    view.setUint32(20 + jsonLength, binLength, true)
    view.setUint32(24 + jsonLength, BIN_CHUNK, true)
    out.set(bin, 28 + jsonLength)
  }
  return out
}

/** The JSON and BIN of a GLB built by this module (for tests that edit one and rebuild). */
export function splitGlb(glb: Uint8Array): { json: Record<string, any>; bin: Uint8Array } {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength)
  const jsonLength = view.getUint32(12, true)
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength)))
  const binLength = view.getUint32(20 + jsonLength, true)
  return { json, bin: glb.slice(28 + jsonLength, 28 + jsonLength + binLength) }
}

export interface BoxOptions {
  /** Width along X in metres. Default 0.14 (140 mm, a pair of glasses). */
  width?: number
  /** Distinguishes otherwise identical files (a different sha256). */
  tag?: string
  /** Colour variant names (KHR_materials_variants), each with its own material. */
  variants?: { name: string; rgb: [number, number, number] }[]
  /** Rows and columns of a grid mesh added to the box, to reach a triangle count (2 per cell). */
  gridCells?: number
}

/**
 * A valid glTF 2.0 box standing for a pair of glasses: `width` wide along X, 4 cm tall, running
 * back 12 cm along -Z from z = +0.5 cm, one grey material (plus one per variant).
 */
export function boxGlasses(options: BoxOptions = {}): Uint8Array {
  const w = (options.width ?? 0.14) / 2
  const [y0, y1, z0, z1] = [-0.02, 0.02, -0.12, 0.005]
  const positions = [[-w, y0, z0], [w, y0, z0], [w, y1, z0], [-w, y1, z0], [-w, y0, z1], [w, y0, z1], [w, y1, z1], [-w, y1, z1]]
  let indices = [0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 3, 7, 6, 3, 6, 2, 0, 4, 7, 0, 7, 3, 1, 2, 6, 1, 6, 5]
  const n = options.gridCells ?? 0
  for (let r = 0; r <= n && n > 0; r++) for (let c = 0; c <= n; c++) positions.push([-w + (2 * w * c) / n, y0 + ((y1 - y0) * r) / n, z1])
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const a = 8 + r * (n + 1) + c, b = a + 1, d = a + n + 1, e = d + 1
      indices.push(a, b, e, a, e, d)
    }
  }
  const big = positions.length > 65535
  const pos = new Float32Array(positions.flat())
  const idx = big ? new Uint32Array(indices) : new Uint16Array(indices)
  indices = []
  const posBytes = pos.byteLength
  const bin = new Uint8Array(pad4(posBytes) + idx.byteLength + 4)
  bin.set(new Uint8Array(pos.buffer), 0)
  bin.set(new Uint8Array(idx.buffer), pad4(posBytes))
  const min = [0, 1, 2].map((k) => Math.min(...positions.map((p) => p[k]!)))
  const max = [0, 1, 2].map((k) => Math.max(...positions.map((p) => p[k]!)))
  const variants = options.variants ?? []
  const json: Record<string, unknown> = {
    asset: { version: '2.0', generator: `vitrine test ${options.tag ?? ''}`.trim() },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ name: 'frame', mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1, material: 0, ...(variants.length && {
      extensions: { KHR_materials_variants: { mappings: variants.map((_, i) => ({ material: i + 1, variants: [i] })) } },
    }) }] }],
    materials: [{ name: 'grey', pbrMetallicRoughness: { baseColorFactor: [0.5, 0.5, 0.5, 1] } },
      ...variants.map((v) => ({ name: v.name, pbrMetallicRoughness: { baseColorFactor: [...v.rgb, 1] } }))],
    accessors: [
      { bufferView: 0, componentType: 5126, count: positions.length, type: 'VEC3', min, max },
      { bufferView: 1, componentType: big ? 5125 : 5123, count: idx.length, type: 'SCALAR' },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: posBytes, target: 34962 },
      { buffer: 0, byteOffset: pad4(posBytes), byteLength: idx.byteLength, target: 34963 },
    ],
    buffers: [{ byteLength: bin.byteLength }],
  }
  if (variants.length) {
    json.extensionsUsed = ['KHR_materials_variants']
    json.extensions = { KHR_materials_variants: { variants: variants.map((v) => ({ name: v.name })) } }
  }
  return buildGlb(json, bin)
}
