/** Random bytes a device id needs (128 bits: collisions are out of the question). */
export const DEVICE_ID_BYTES = 16

/**
 * A per-device random id as 32 lowercase hex digits, from random bytes the app draws once, e.g.
 * `deviceIdFromBytes(crypto.getRandomValues(new Uint8Array(16)))`, and keeps in the browser's own
 * storage. It identifies no person and is never derived from anything about the shopper.
 */
export function deviceIdFromBytes(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array) || bytes.length < DEVICE_ID_BYTES) {
    throw new RangeError(`[vitrine/experiments] a device id needs at least ${DEVICE_ID_BYTES} random bytes, found ${bytes instanceof Uint8Array ? bytes.length : typeof bytes}`)
  }
  let id = ''
  for (let i = 0; i < DEVICE_ID_BYTES; i++) id += bytes[i]!.toString(16).padStart(2, '0')
  return id
}
