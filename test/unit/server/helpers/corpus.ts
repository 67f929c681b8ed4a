/** The malformed-GLB corpus: each entry breaks one rule, with the error code and message it must get. */
import { boxGlasses, buildGlb, splitGlb } from './glb'

export interface CorpusEntry {
  name: string
  bytes: Uint8Array
  /** API error code (`error.code`). */
  code: string
  /** Code of the first issue (`details.issues[0].code`). */
  issue: string
  /** Part of the message that makes it specific. */
  message: RegExp
}

function edit(glb: Uint8Array, fn: (view: DataView, bytes: Uint8Array) => void): Uint8Array {
  const copy = glb.slice()
  fn(new DataView(copy.buffer), copy)
  return copy
}

function withJson(fn: (json: Record<string, any>) => void): Uint8Array {
  const { json, bin } = splitGlb(boxGlasses())
  fn(json)
  return buildGlb(json, bin)
}

/** Every malformed file, generated from the valid box. */
export function malformedCorpus(): CorpusEntry[] {
  const valid = boxGlasses({ tag: 'corpus' })
  const jsonLength = new DataView(valid.buffer).getUint32(12, true)
  return [
    { name: 'zero-byte file', bytes: new Uint8Array(0), code: 'invalid_glb', issue: 'GLB_EMPTY', message: /empty \(0 bytes\)/ },
    { name: 'truncated file', bytes: valid.slice(0, Math.floor(valid.byteLength / 2)), code: 'invalid_glb', issue: 'GLB_TRUNCATED', message: new RegExp(`declares ${valid.byteLength} bytes but the file has only ${Math.floor(valid.byteLength / 2)}`) },
    { name: 'wrong magic', bytes: edit(valid, (_, b) => b.set([0x67, 0x6c, 0x54, 0x58])), code: 'invalid_glb', issue: 'GLB_BAD_MAGIC', message: /starts with "glTX" where a GLB starts with "glTF"/ },
    { name: 'wrong version', bytes: edit(valid, (v) => v.setUint32(4, 1, true)), code: 'invalid_glb', issue: 'GLB_BAD_VERSION', message: /GLB version 1 is not supported/ },
    { name: 'JSON chunk length that lies', bytes: edit(valid, (v) => v.setUint32(12, jsonLength + 4000, true)), code: 'invalid_glb', issue: 'GLB_CHUNK_OVERRUN', message: new RegExp(`chunk 0 \\(JSON\\) declares ${jsonLength + 4000} bytes but only ${valid.byteLength - 20} remain`) },
    { name: 'BIN chunk length that lies', bytes: edit(valid, (v) => v.setUint32(20 + jsonLength, 1 << 30, true)), code: 'invalid_glb', issue: 'GLB_CHUNK_OVERRUN', message: /chunk 1 \(BIN\) declares 1073741824 bytes/ },
    { name: 'unaligned chunk length', bytes: edit(valid, (v) => v.setUint32(12, jsonLength - 1, true)), code: 'invalid_glb', issue: 'GLB_CHUNK_UNALIGNED', message: /multiple of 4 bytes/ },
    { name: 'JSON that is not JSON', bytes: buildGlb('{"asset": {"version": "2.0"', splitGlb(valid).bin), code: 'invalid_glb', issue: 'GLB_JSON_INVALID', message: /the JSON chunk is not valid JSON/ },
    { name: 'accessor past the buffer', bytes: withJson((j) => { j.accessors[0].count = 5000 }), code: 'invalid_gltf', issue: 'GLTF_ACCESSOR_OVERRUN', message: /accessors\[0\] \(5000 × VEC3\) needs bytes 0-60000 of bufferViews\[0\], which holds 96/ },
    { name: 'huge declared buffer', bytes: withJson((j) => { j.buffers[0].byteLength = 4_294_967_295 }), code: 'invalid_gltf', issue: 'GLTF_BUFFER_OVERRUN', message: /buffers\[0\] declares 4294967295 bytes \(4\d+\.\d MB\) but the BIN chunk holds only \d+/ },
    { name: 'external buffer URI', bytes: withJson((j) => { j.buffers[0].uri = 'frame.bin' }), code: 'invalid_gltf', issue: 'GLTF_EXTERNAL_URI', message: /buffers\[0\] points at an external file "frame\.bin"/ },
    { name: 'data: URI image', bytes: withJson((j) => { j.images = [{ uri: 'data:image/png;base64,iVBORw0KGgo=' }] }), code: 'invalid_gltf', issue: 'GLTF_DATA_URI', message: /images\[0\] embeds its data as a data: URI/ },
    { name: 'glTF JSON sent as GLB', bytes: new TextEncoder().encode(JSON.stringify({ asset: { version: '2.0' }, buffers: [{ uri: 'a.bin', byteLength: 8 }] })), code: 'invalid_glb', issue: 'GLB_IS_GLTF_JSON', message: /glTF JSON file \(\.gltf\), not a binary \.glb/ },
    { name: 'bounds that lie (Khronos)', bytes: withJson((j) => { j.accessors[0].max[0] = 9 }), code: 'gltf_validation_failed', issue: 'ACCESSOR_MAX_MISMATCH', message: /Khronos glTF validator found errors: .* at \/accessors\/0\/max\/0/ },
  ]
}
