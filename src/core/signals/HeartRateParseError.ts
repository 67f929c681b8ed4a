/** Why a Heart Rate Measurement packet was rejected. */
export type HeartRateParseErrorCode =
  /** Fewer than 2 bytes: not even flags + an 8-bit heart rate. */
  | 'too-short'
  /** Flags say the heart rate is 16-bit but only one byte of it is there. */
  | 'truncated-value'
  /** Flags say energy expended is present but its 2 bytes are not all there. */
  | 'truncated-energy'
  /** One of the flag bits 5–7, reserved for future use by the spec, is set. */
  | 'reserved'

/**
 * Thrown by `parseHeartRateMeasurement` for a malformed packet. `offset` is the byte offset at which
 * the missing or bad field starts and `needed` how many bytes it needs there; `byteLength` is the
 * packet's length. The message repeats all three so a log line alone is enough to debug a strap.
 */
export class HeartRateParseError extends Error {
  readonly code: HeartRateParseErrorCode
  /** Byte offset of the offending field within the packet. */
  readonly offset: number
  /** Bytes the offending field needs from `offset`. */
  readonly needed: number
  /** Length of the whole packet in bytes. */
  readonly byteLength: number

  constructor(code: HeartRateParseErrorCode, detail: string, offset: number, needed: number, byteLength: number) {
    super(`[vitrine/signals] bad heart rate measurement (${code}): ${detail} at byte offset ${offset} (needs ${needed} byte${needed === 1 ? '' : 's'}, packet is ${byteLength} byte${byteLength === 1 ? '' : 's'})`)
    this.name = 'HeartRateParseError'
    this.code = code
    this.offset = offset
    this.needed = needed
    this.byteLength = byteLength
  }
}
