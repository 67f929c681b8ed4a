import { assetIssue } from './assetIssue'
import type { AssetIssue, GlbContainer, GltfJson } from './types'

/** GLB header: magic "glTF", version, total length, 4 bytes each (glTF 2.0 spec §4.4.2). */
export const GLB_HEADER_BYTES = 12
const CHUNK_HEADER_BYTES = 8
const MAGIC_GLTF = 0x46546c67
const CHUNK_JSON = 0x4e4f534a
const CHUNK_BIN = 0x004e4942
const ALIGNMENT_BYTES = 4

/** Result of {@link parseGlb}: the container when the file is a well-formed GLB, else the errors. */
export type ParsedGlb = { ok: true; container: GlbContainer } | { ok: false; issues: AssetIssue[] }

const fail = (code: string, message: string): ParsedGlb => ({ ok: false, issues: [assetIssue(code, message)] })

function printable(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('')
}

function looksLikeJson(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue
    return b === 0x7b // '{'
  }
  return false
}

function parseJsonChunk(bytes: Uint8Array): { json: GltfJson } | { error: ParsedGlb } {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { error: fail('GLB_JSON_NOT_UTF8', 'the JSON chunk is not valid UTF-8 text') }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { error: fail('GLB_JSON_INVALID', `the JSON chunk is not valid JSON (${reason})`) }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { error: fail('GLB_JSON_NOT_OBJECT', 'the JSON chunk must hold a glTF object ({ "asset": ... }), not a bare value or array') }
  }
  return { json: json as GltfJson }
}

/**
 * Splits a binary glTF into its JSON and BIN chunks, checking the container byte by byte: magic,
 * version 2, declared length against the real one, each chunk's length, type and 4-byte alignment,
 * and that the JSON chunk is a JSON object. The first problem found is reported with the numbers
 * involved; the bytes are not copied.
 */
export function parseGlb(bytes: Uint8Array): ParsedGlb {
  if (bytes.byteLength === 0) return fail('GLB_EMPTY', 'the file is empty (0 bytes); expected a binary glTF (.glb) file')
  if (looksLikeJson(bytes.subarray(0, 64))) {
    return fail('GLB_IS_GLTF_JSON', 'this is a glTF JSON file (.gltf), not a binary .glb: export as "glTF Binary (.glb)" so buffers and textures travel inside one file')
  }
  if (bytes.byteLength < GLB_HEADER_BYTES) {
    return fail('GLB_TRUNCATED', `the file is ${bytes.byteLength} bytes, shorter than the 12-byte GLB header: it is truncated or not a GLB`)
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) !== MAGIC_GLTF) {
    return fail('GLB_BAD_MAGIC', `not a GLB file: it starts with "${printable(bytes.subarray(0, 4))}" where a GLB starts with "glTF"`)
  }
  const version = view.getUint32(4, true)
  if (version !== 2) return fail('GLB_BAD_VERSION', `GLB version ${version} is not supported; expected version 2 (glTF 2.0)`)
  const declared = view.getUint32(8, true)
  if (declared > bytes.byteLength) {
    return fail('GLB_TRUNCATED', `the GLB header declares ${declared} bytes but the file has only ${bytes.byteLength}: it is truncated`)
  }
  if (declared < bytes.byteLength) {
    return fail('GLB_LENGTH_MISMATCH', `the GLB header declares ${declared} bytes but the file has ${bytes.byteLength}: there is data after the end of the GLB`)
  }

  let json: GltfJson | undefined
  let bin: Uint8Array | undefined
  let offset = GLB_HEADER_BYTES
  for (let index = 0; offset < declared; index++) {
    if (declared - offset < CHUNK_HEADER_BYTES) {
      return fail('GLB_CHUNK_TRUNCATED', `chunk ${index} starts at byte ${offset} but only ${declared - offset} bytes remain, fewer than its 8-byte header`)
    }
    const length = view.getUint32(offset, true)
    const type = view.getUint32(offset + 4, true)
    const name = type === CHUNK_JSON ? 'JSON' : type === CHUNK_BIN ? 'BIN' : `type 0x${type.toString(16)}`
    const start = offset + CHUNK_HEADER_BYTES
    if (length > declared - start) {
      return fail('GLB_CHUNK_OVERRUN', `chunk ${index} (${name}) declares ${length} bytes but only ${declared - start} remain in the file`)
    }
    if (length % ALIGNMENT_BYTES !== 0) {
      return fail('GLB_CHUNK_UNALIGNED', `chunk ${index} (${name}) is ${length} bytes long; GLB chunks must be padded to a multiple of 4 bytes`)
    }
    const data = bytes.subarray(start, start + length)
    if (index === 0) {
      if (type !== CHUNK_JSON) return fail('GLB_FIRST_CHUNK_NOT_JSON', `the first chunk must be JSON, found ${name}`)
      const parsed = parseJsonChunk(data)
      if ('error' in parsed) return parsed.error
      json = parsed.json
    } else if (type === CHUNK_JSON) {
      return fail('GLB_DUPLICATE_CHUNK', `chunk ${index} is a second JSON chunk; a GLB has exactly one`)
    } else if (type === CHUNK_BIN) {
      if (index !== 1) return fail('GLB_BIN_NOT_SECOND', `the BIN chunk must come right after the JSON chunk, found it as chunk ${index}`)
      bin = data
    }
    // Chunks of unknown type are skipped, as the spec requires of readers.
    offset = start + length
  }
  if (json === undefined) return fail('GLB_NO_JSON_CHUNK', 'the file has a GLB header but no JSON chunk')
  return { ok: true, container: { json, bin } }
}
