/**
 * Pixel size of a PNG, JPEG or WebP image read from its header (no decoding), or undefined when
 * the bytes are none of these or too short. Enough to hold textures to a budget in the browser and
 * in Node alike.
 */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const at = (i: number) => bytes[i] ?? 0
  const be16 = (i: number) => (at(i) << 8) | at(i + 1)
  const be32 = (i: number) => ((at(i) << 24) >>> 0) + (at(i + 1) << 16) + (at(i + 2) << 8) + at(i + 3)
  const le24 = (i: number) => at(i) | (at(i + 1) << 8) | (at(i + 2) << 16)
  const ascii = (i: number, n: number) => String.fromCharCode(...bytes.subarray(i, i + n))

  // PNG: 8-byte signature, then the IHDR chunk with width and height (big-endian).
  if (bytes.byteLength >= 24 && at(0) === 0x89 && ascii(1, 3) === 'PNG' && ascii(12, 4) === 'IHDR') {
    return { width: be32(16), height: be32(20) }
  }
  // JPEG: walk the marker segments to the first start-of-frame (SOF0-SOF15 except DHT, JPG, DAC).
  if (at(0) === 0xff && at(1) === 0xd8) {
    let i = 2
    while (i + 9 < bytes.byteLength && at(i) === 0xff) {
      const marker = at(i + 1)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: be16(i + 7), height: be16(i + 5) }
      }
      i += 2 + be16(i + 2)
    }
    return undefined
  }
  // WebP: RIFF container with a lossy (VP8), lossless (VP8L) or extended (VP8X) first chunk.
  if (bytes.byteLength >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4)
    if (chunk === 'VP8 ') return { width: (at(26) | (at(27) << 8)) & 0x3fff, height: (at(28) | (at(29) << 8)) & 0x3fff }
    if (chunk === 'VP8L') {
      const b0 = at(21), b1 = at(22), b2 = at(23), b3 = at(24)
      return { width: 1 + (((b1 & 0x3f) << 8) | b0), height: 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)) }
    }
    if (chunk === 'VP8X') return { width: 1 + le24(24), height: 1 + le24(27) }
  }
  return undefined
}
