import type { GattQueue } from '../core/signals/ble/GattQueue'
import {
  BATTERY_LEVEL,
  BATTERY_SERVICE,
  BODY_SENSOR_LOCATION,
  HEART_RATE_CONTROL_POINT,
  HEART_RATE_MEASUREMENT,
  HEART_RATE_SERVICE,
  HR_CONTROL_POINT_RESET_ENERGY_EXPENDED,
} from '../core/signals/ble/heartRateGatt'
import { parseBatteryLevel } from '../core/signals/ble/parseBatteryLevel'
import { parseBodySensorLocation, type BodySensorLocation } from '../core/signals/ble/parseBodySensorLocation'

/** One connection's view of a heart-rate sensor, subscribed to measurements. */
export interface HeartRateGatt {
  measurement: BluetoothRemoteGATTCharacteristic
  bodyLocation: BodySensorLocation | undefined
  batteryPercent: number | undefined
  /** Whether Energy Expended was reset through the Control Point on this connection. */
  energyReset: boolean
  /** Stops listening to the measurement characteristic's events (does not unsubscribe at the sensor). */
  close(): void
}

export interface OpenHeartRateGattOptions {
  /** Write "Reset Energy Expended" to the Control Point when the sensor has one (first connection of a session). */
  resetEnergyExpended: boolean
  /** Called with each `characteristicvaluechanged` event of Heart Rate Measurement. */
  onMeasurement: (event: Event) => void
}

/** Errors that mean an optional part is absent or unusable on this sensor, not that the link failed. */
const ABSENT = new Set(['NotFoundError', 'NotSupportedError', 'SecurityError', 'GattValueError'])

async function optional<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work
  } catch (error) {
    if (error instanceof Error && ABSENT.has(error.name)) return undefined
    throw error
  }
}

/**
 * Discovers the Heart Rate service on a connected server, reads what the sensor offers (Body Sensor
 * Location, Battery Level), resets Energy Expended when asked and possible, then subscribes to
 * Heart Rate Measurement. Every GATT operation goes through `queue`, one at a time. Optional parts
 * a sensor lacks are left undefined; a missing Heart Rate service or a link failure rejects.
 */
export async function openHeartRateGatt(server: BluetoothRemoteGATTServer, queue: GattQueue, options: OpenHeartRateGattOptions): Promise<HeartRateGatt> {
  const service = await queue.run('get Heart Rate service', () => server.getPrimaryService(HEART_RATE_SERVICE))
  const measurement = await queue.run('get Heart Rate Measurement', () => service.getCharacteristic(HEART_RATE_MEASUREMENT))
  const bodyLocation = await optional(
    queue.run('read Body Sensor Location', async () => parseBodySensorLocation(await (await service.getCharacteristic(BODY_SENSOR_LOCATION)).readValue())),
  )
  let energyReset = false
  if (options.resetEnergyExpended) {
    const written = await optional(
      queue.run('reset Energy Expended', async () => {
        const controlPoint = await service.getCharacteristic(HEART_RATE_CONTROL_POINT)
        await controlPoint.writeValueWithResponse(Uint8Array.of(HR_CONTROL_POINT_RESET_ENERGY_EXPENDED))
        return true
      }),
    )
    energyReset = written === true
  }
  const batteryPercent = await optional(
    queue.run('read Battery Level', async () => {
      const battery = await server.getPrimaryService(BATTERY_SERVICE)
      return parseBatteryLevel(await (await battery.getCharacteristic(BATTERY_LEVEL)).readValue())
    }),
  )
  // Listen before subscribing so the first notification is not missed.
  measurement.addEventListener('characteristicvaluechanged', options.onMeasurement)
  const close = () => measurement.removeEventListener('characteristicvaluechanged', options.onMeasurement)
  try {
    await queue.run('subscribe to Heart Rate Measurement', () => measurement.startNotifications())
  } catch (error) {
    close()
    throw error
  }
  return { measurement, bodyLocation, batteryPercent, energyReset, close }
}
