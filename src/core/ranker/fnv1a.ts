const FNV_OFFSET_BASIS = 0x811c9dc5
const FNV_PRIME = 0x01000193

/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units, finished with MurmurHash3's fmix32 so that
 * every input bit reaches every output bit (plain FNV-1a leaves the high bits poorly mixed for short
 * keys, and both feature hashing and arm assignment read them). Returns an unsigned 32-bit integer.
 */
export function fnv1a(text: string, seed = 0): number {
  let h = (FNV_OFFSET_BASIS ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, FNV_PRIME)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
