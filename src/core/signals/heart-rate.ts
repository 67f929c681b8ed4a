import { HeartRateParseError } from './HeartRateParseError'

export { HeartRateParseError } from './HeartRateParseError'
export type { HeartRateParseErrorCode } from './HeartRateParseError'

/** Sensor contact status from flag bits 1–2 of a Heart Rate Measurement. */
export type SensorContact = 'unsupported' | 'no-contact' | 'contact'

/** One decoded Heart Rate Measurement (GATT characteristic 0x2A37). */
export interface HeartRateMeasurement {
  /** Heart rate in beats per minute, 0..65535 as sent (no plausibility check here). */
  bpm: number
  /** Whether the strap reports skin contact; `'unsupported'` when it has no contact feature. */
  contact: SensorContact
  /** Cumulative energy expended in kilojoules, when the packet carries it. */
  energyExpendedKj?: number
  /** RR intervals in milliseconds (sent in units of 1/1024 s), oldest first; often empty. */
  rrIntervalsMs: number[]
}

// Flag bits, Bluetooth GATT Specification Supplement, "Heart Rate Measurement" (0x2A37).
const FLAG_UINT16_VALUE = 0x01
const FLAG_CONTACT_DETECTED = 0x02
const FLAG_CONTACT_SUPPORTED = 0x04
const FLAG_ENERGY_PRESENT = 0x08
const FLAG_RR_PRESENT = 0x10
const FLAGS_RESERVED = 0xe0
/** RR intervals are sent in 1/1024 s. */
const MS_PER_RR_UNIT = 1000 / 1024

/**
 * Decodes a Heart Rate Measurement notification. Fields are read in spec order: flags (uint8),
 * heart rate (uint8 or uint16 LE), energy expended (uint16 LE kJ, optional), then RR intervals
 * (uint16 LE each, optional). A trailing odd byte after the RR intervals is ignored, as only whole
 * values count. Anything else malformed throws {@link HeartRateParseError}, including set reserved
 * flag bits 5–7 (code `'reserved'`), since their meaning would change the layout.
 */
export function parseHeartRateMeasurement(data: DataView): HeartRateMeasurement {
  const length = data.byteLength
  if (length < 2) throw new HeartRateParseError('too-short', 'need flags and an 8-bit heart rate', 0, 2, length)
  const flags = data.getUint8(0)
  if ((flags & FLAGS_RESERVED) !== 0) {
    throw new HeartRateParseError('reserved', `reserved flag bits set (flags 0x${flags.toString(16).padStart(2, '0')})`, 0, 1, length)
  }
  let offset = 1
  let bpm: number
  if ((flags & FLAG_UINT16_VALUE) !== 0) {
    if (length < offset + 2) throw new HeartRateParseError('truncated-value', '16-bit heart rate cut short', offset, 2, length)
    bpm = data.getUint16(offset, true)
    offset += 2
  } else {
    bpm = data.getUint8(offset)
    offset += 1
  }
  const contact: SensorContact =
    (flags & FLAG_CONTACT_SUPPORTED) === 0 ? 'unsupported' : (flags & FLAG_CONTACT_DETECTED) !== 0 ? 'contact' : 'no-contact'
  const result: HeartRateMeasurement = { bpm, contact, rrIntervalsMs: [] }
  if ((flags & FLAG_ENERGY_PRESENT) !== 0) {
    if (length < offset + 2) throw new HeartRateParseError('truncated-energy', 'energy expended cut short', offset, 2, length)
    result.energyExpendedKj = data.getUint16(offset, true)
    offset += 2
  }
  if ((flags & FLAG_RR_PRESENT) !== 0) {
    for (; offset + 2 <= length; offset += 2) result.rrIntervalsMs.push(data.getUint16(offset, true) * MS_PER_RR_UNIT)
  }
  return result
}
