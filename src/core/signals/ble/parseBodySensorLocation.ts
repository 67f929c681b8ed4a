import { GattValueError } from './GattValueError'

/** Where the sensor sits on the body, GATT Specification Supplement "Body Sensor Location" (0x2A38). */
export type BodySensorLocation = 'other' | 'chest' | 'wrist' | 'finger' | 'hand' | 'ear-lobe' | 'foot'

// Values 0..6 in spec order; 7..255 are reserved for future use.
const LOCATIONS: readonly BodySensorLocation[] = ['other', 'chest', 'wrist', 'finger', 'hand', 'ear-lobe', 'foot']

/** Decodes a Body Sensor Location value (one uint8); throws {@link GattValueError} when empty or reserved. */
export function parseBodySensorLocation(data: DataView): BodySensorLocation {
  if (data.byteLength < 1) throw new GattValueError('Body Sensor Location', 'empty (needs 1 byte)')
  const code = data.getUint8(0)
  const location = LOCATIONS[code]
  if (location === undefined) {
    throw new GattValueError('Body Sensor Location', `0x${code.toString(16).padStart(2, '0')} is reserved (known: 0..${LOCATIONS.length - 1})`)
  }
  return location
}
