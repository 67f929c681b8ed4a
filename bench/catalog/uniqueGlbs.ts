import { parseGlb } from '../../src/core/catalog/asset'

const pad4 = (n: number) => (n + 3) & ~3

/**
 * `count` copies of a GLB that differ only in `asset.extras.copy` (so each has its own sha256 and
 * goes through the whole pipeline instead of being deduplicated), same geometry and size class.
 */
export function uniqueGlbs(source: Uint8Array, count: number): Uint8Array[] {
  const parsed = parseGlb(source)
  if (!parsed.ok) throw new Error(`not a GLB: ${parsed.issues[0]?.message}`)
  const { json, bin } = parsed.container
  return Array.from({ length: count }, (_, copy) => {
    const text = new TextEncoder().encode(JSON.stringify({ ...json, asset: { ...(json.asset as object), extras: { copy } } }))
    const jsonLength = pad4(text.byteLength)
    const binLength = bin ? pad4(bin.byteLength) : 0
    const out = new Uint8Array(20 + jsonLength + (bin ? 8 + binLength : 0))
    const view = new DataView(out.buffer)
    view.setUint32(0, 0x46546c67, true)
    view.setUint32(4, 2, true)
    view.setUint32(8, out.byteLength, true)
    view.setUint32(12, jsonLength, true)
    view.setUint32(16, 0x4e4f534a, true)
    out.set(text, 20)
    out.fill(0x20, 20 + text.byteLength, 20 + jsonLength)
    if (bin) {
      view.setUint32(20 + jsonLength, binLength, true)
      view.setUint32(24 + jsonLength, 0x004e4942, true)
      out.set(bin, 28 + jsonLength)
    }
    return out
  })
}
