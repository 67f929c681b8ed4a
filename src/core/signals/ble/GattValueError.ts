/** Thrown for a characteristic value that does not follow its GATT format; the message names the characteristic and the bytes. */
export class GattValueError extends Error {
  /** The characteristic's name, e.g. "Battery Level". */
  readonly characteristic: string

  constructor(characteristic: string, detail: string) {
    super(`[vitrine/ble] bad ${characteristic} value: ${detail}`)
    this.name = 'GattValueError'
    this.characteristic = characteristic
  }
}
