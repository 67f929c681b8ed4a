import { GattValueError } from './GattValueError'

/** Highest Battery Level value (percent); 101..255 are reserved by the spec. */
const MAX_PERCENT = 100

/** Decodes a Battery Level value (0x2A19: one uint8, percent); throws {@link GattValueError} when empty or above 100. */
export function parseBatteryLevel(data: DataView): number {
  if (data.byteLength < 1) throw new GattValueError('Battery Level', 'empty (needs 1 byte)')
  const percent = data.getUint8(0)
  if (percent > MAX_PERCENT) throw new GattValueError('Battery Level', `${percent} % is above ${MAX_PERCENT} %`)
  return percent
}
