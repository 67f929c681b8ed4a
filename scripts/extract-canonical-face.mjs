#!/usr/bin/env node
/**
 * Extracts MediaPipe's canonical face mesh and Procrustes landmark weights from the Face Landmarker
 * bundle and writes them as a TypeScript table (`src/core/face/canonicalFace.ts`).
 *
 * Usage: node scripts/extract-canonical-face.mjs [--model path/to/face_landmarker.task] [--out file.ts]
 *
 * No dependencies: the `.task` bundle is a zip (entries STORED or DEFLATED) holding
 * `geometry_pipeline_metadata_landmarks.binarypb`, a `GeometryPipelineMetadata` protobuf
 * (mediapipe/tasks/cc/vision/face_geometry/proto/geometry_pipeline_metadata.proto):
 *   GeometryPipelineMetadata { Mesh3d canonical_mesh = 1;
 *     repeated WeightedLandmarkRef procrustes_landmark_basis = 2; InputSource input_source = 3; }
 *   WeightedLandmarkRef { uint32 landmark_id = 1; float weight = 2; }
 *   Mesh3d { VertexType vertex_type = 1; PrimitiveType primitive_type = 2;
 *     repeated float vertex_buffer = 3; repeated uint32 index_buffer = 4; }
 * The repeated fields are declared packed but this bundle writes the floats one by one, so both
 * encodings are read.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inflateRawSync } from 'node:zlib'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_MODELS = [
  resolve(ROOT, 'assets/models/face_landmarker.task'),
  '/work/shared/models/face_landmarker.task',
]
const DEFAULT_OUT = resolve(ROOT, 'src/core/face/canonicalFace.ts')
const ENTRY = 'geometry_pipeline_metadata_landmarks.binarypb'
const VERTEX_TYPE_PT = 0 // Mesh3d.VertexType.VERTEX_PT: x, y, z, u, v per vertex
const PRIMITIVE_TYPE_TRIANGLE = 0
const DECIMALS = 5 // 0.1 µm for positions: below float32 resolution at face scale

/** Reads one entry of a zip held in `buf`, via the central directory (local headers may lie). */
export function readZipEntry(buf, name) {
  let eocd = -1
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break }
  }
  if (eocd < 0) throw new Error('extract-canonical-face: not a zip (no end of central directory)')
  const cdSize = buf.readUInt32LE(eocd + 12)
  const cdOffset = buf.readUInt32LE(eocd + 16)
  // Bytes prepended to the archive shift every stored offset (the MediaPipe bundle has 2).
  const shift = eocd - cdSize - cdOffset
  for (let p = cdOffset + shift; p < eocd; ) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('extract-canonical-face: bad central directory')
    const method = buf.readUInt16LE(p + 10)
    const compressedSize = buf.readUInt32LE(p + 20)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    const localOffset = buf.readUInt32LE(p + 42) + shift
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLen)
    p += 46 + nameLen + extraLen + commentLen
    if (entryName !== name) continue
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28)
    const data = buf.subarray(dataStart, dataStart + compressedSize)
    if (method === 0) return data
    if (method === 8) return inflateRawSync(data)
    throw new Error(`extract-canonical-face: ${name} uses unsupported zip method ${method}`)
  }
  throw new Error(`extract-canonical-face: ${name} not found in the bundle`)
}

/** Minimal protobuf reader: calls `onField(fieldNumber, wireType, reader)` for each field. */
function readMessage(bytes, onField) {
  const r = { bytes, pos: 0, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
  while (r.pos < bytes.length) {
    const key = readVarint(r)
    onField(key >>> 3, key & 7, r)
  }
}
function readVarint(r) {
  let value = 0
  for (let shift = 0; ; shift += 7) {
    const b = r.bytes[r.pos++]
    if (b === undefined) throw new Error('extract-canonical-face: truncated varint')
    value += (b & 0x7f) * 2 ** shift // arithmetic, not <<, so values above 2^31 stay positive
    if (b < 0x80) return value
  }
}
function readBytes(r) {
  const len = readVarint(r)
  const out = r.bytes.subarray(r.pos, r.pos + len)
  r.pos += len
  return out
}
function skip(r, wireType) {
  if (wireType === 0) readVarint(r)
  else if (wireType === 1) r.pos += 8
  else if (wireType === 2) readBytes(r)
  else if (wireType === 5) r.pos += 4
  else throw new Error(`extract-canonical-face: unsupported wire type ${wireType}`)
}
/** Repeated float: packed (wire type 2) or one fixed32 per field (wire type 5). */
function readFloats(r, wireType, out) {
  if (wireType === 5) { out.push(r.view.getFloat32(r.pos, true)); r.pos += 4; return }
  const packed = readBytes(r)
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength)
  for (let i = 0; i < packed.length; i += 4) out.push(view.getFloat32(i, true))
}
/** Repeated uint32: packed (wire type 2) or one varint per field (wire type 0). */
function readUints(r, wireType, out) {
  if (wireType === 0) { out.push(readVarint(r)); return }
  const sub = { bytes: readBytes(r), pos: 0 }
  while (sub.pos < sub.bytes.length) out.push(readVarint(sub))
}

/** Decodes a GeometryPipelineMetadata message into plain arrays. */
export function parseGeometryPipelineMetadata(bytes) {
  const procrustes = [] // [landmarkId, weight] pairs
  const mesh = { vertexType: 0, primitiveType: 0, vertices: [], indices: [] }
  readMessage(bytes, (field, wire, r) => {
    if (field === 2 && wire === 2) {
      const entry = [0, 0]
      readMessage(readBytes(r), (f, w, s) => {
        if (f === 1 && w === 0) entry[0] = readVarint(s)
        else if (f === 2 && w === 5) { entry[1] = s.view.getFloat32(s.pos, true); s.pos += 4 }
        else skip(s, w)
      })
      procrustes.push(entry)
    } else if (field === 1 && wire === 2) {
      readMessage(readBytes(r), (f, w, s) => {
        if (f === 1 && w === 0) mesh.vertexType = readVarint(s)
        else if (f === 2 && w === 0) mesh.primitiveType = readVarint(s)
        else if (f === 3) readFloats(s, w, mesh.vertices)
        else if (f === 4) readUints(s, w, mesh.indices)
        else skip(s, w)
      })
    } else skip(r, wire)
  })
  if (mesh.vertexType !== VERTEX_TYPE_PT || mesh.primitiveType !== PRIMITIVE_TYPE_TRIANGLE) {
    throw new Error(`extract-canonical-face: expected VERTEX_PT triangles, got ${mesh.vertexType}/${mesh.primitiveType}`)
  }
  return { procrustes, mesh }
}

const fmt = (x) => {
  const s = String(Number(x.toFixed(DECIMALS)))
  return s === '-0' ? '0' : s
}
/** Wraps a list of numbers into lines of `perLine` entries. */
const rows = (values, perLine) => {
  const lines = []
  for (let i = 0; i < values.length; i += perLine) lines.push('  ' + values.slice(i, i + perLine).join(', ') + ',')
  return lines.join('\n')
}

/** Renders the TypeScript module for the bundle at `modelPath`. */
export function renderCanonicalFaceModule(modelPath) {
  const bundle = readFileSync(modelPath)
  const sha256 = createHash('sha256').update(bundle).digest('hex')
  const { procrustes, mesh } = parseGeometryPipelineMetadata(readZipEntry(bundle, ENTRY))
  const vertexCount = mesh.vertices.length / 5
  const positions = []
  const uvs = []
  for (let v = 0; v < vertexCount; v++) {
    const o = v * 5
    positions.push(fmt(mesh.vertices[o]), fmt(mesh.vertices[o + 1]), fmt(mesh.vertices[o + 2]))
    uvs.push(fmt(mesh.vertices[o + 3]), fmt(mesh.vertices[o + 4]))
  }
  return `/**
 * Canonical face geometry of MediaPipe Face Landmarker. GENERATED, do not edit:
 * run \`node scripts/extract-canonical-face.mjs\` to regenerate.
 *
 * Source: ${basename(modelPath)} (sha256 ${sha256}),
 * entry ${ENTRY}. Google MediaPipe, Apache License 2.0.
 * Numbers rounded to ${DECIMALS} decimals.
 *
 * Canonical face space (see ./types.ts): centimetres, +Y up, the face looks towards +Z,
 * +X towards the wearer's left. Vertex i is face landmark i.
 */

/** Number of vertices of the canonical mesh (landmarks 0..467; the iris landmarks are not in it). */
export const CANONICAL_FACE_VERTEX_COUNT = ${vertexCount}

/** Vertex positions, cm, [x, y, z] per vertex. */
export const CANONICAL_FACE_POSITIONS_CM = /*@__PURE__*/ new Float32Array([
${rows(positions, 12)}
])

/** Texture coordinates [u, v] per vertex, as stored in the model (MediaPipe's face texture layout). */
export const CANONICAL_FACE_UVS = /*@__PURE__*/ new Float32Array([
${rows(uvs, 12)}
])

/** Triangle list, three vertex indices per triangle. */
export const CANONICAL_FACE_TRIANGLES = /*@__PURE__*/ new Uint16Array([
${rows(mesh.indices.map(String), 24)}
])

/** Landmarks the facial transformation matrix is fitted on (weighted Procrustes). */
export const PROCRUSTES_LANDMARK_IDS = /*@__PURE__*/ new Uint16Array([
${rows(procrustes.map((p) => String(p[0])), 16)}
])

/** Weight of each landmark in PROCRUSTES_LANDMARK_IDS, same order. */
export const PROCRUSTES_LANDMARK_WEIGHTS = /*@__PURE__*/ new Float32Array([
${rows(procrustes.map((p) => fmt(p[1])), 12)}
])
`
}

function main(argv) {
  const arg = (flag) => {
    const i = argv.indexOf(flag)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const model = arg('--model') ?? DEFAULT_MODELS.find((p) => existsSync(p))
  if (!model) throw new Error(`extract-canonical-face: no model found, tried ${DEFAULT_MODELS.join(', ')}`)
  const out = resolve(arg('--out') ?? DEFAULT_OUT)
  writeFileSync(out, renderCanonicalFaceModule(model))
  console.log(`extract-canonical-face: ${model} -> ${out}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
