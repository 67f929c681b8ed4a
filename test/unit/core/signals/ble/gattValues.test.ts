import { describe, expect, it } from 'vitest'
import { GattValueError } from '../../../../../src/core/signals/ble/GattValueError'
import { parseBatteryLevel } from '../../../../../src/core/signals/ble/parseBatteryLevel'
import { parseBodySensorLocation } from '../../../../../src/core/signals/ble/parseBodySensorLocation'

const bytes = (...values: number[]) => new DataView(Uint8Array.from(values).buffer)

describe('parseBodySensorLocation', () => {
  it.each([
    [0, 'other'],
    [1, 'chest'],
    [2, 'wrist'],
    [3, 'finger'],
    [4, 'hand'],
    [5, 'ear-lobe'],
    [6, 'foot'],
  ])('decodes %i as %s', (code, name) => {
    expect(parseBodySensorLocation(bytes(code))).toBe(name)
  })

  it('rejects a reserved value, naming it', () => {
    expect(() => parseBodySensorLocation(bytes(7))).toThrow('[vitrine/ble] bad Body Sensor Location value: 0x07 is reserved (known: 0..6)')
  })

  it('rejects an empty value with a GattValueError', () => {
    expect(() => parseBodySensorLocation(bytes())).toThrow(GattValueError)
  })
})

describe('parseBatteryLevel', () => {
  it('reads the percent, ignoring any extra byte', () => {
    expect(parseBatteryLevel(bytes(85))).toBe(85)
    expect(parseBatteryLevel(bytes(0))).toBe(0)
    expect(parseBatteryLevel(bytes(100, 7))).toBe(100)
  })

  it('rejects a value above 100 % and an empty value', () => {
    expect(() => parseBatteryLevel(bytes(101))).toThrow('[vitrine/ble] bad Battery Level value: 101 % is above 100 %')
    expect(() => parseBatteryLevel(bytes())).toThrow('[vitrine/ble] bad Battery Level value: empty (needs 1 byte)')
  })
})
