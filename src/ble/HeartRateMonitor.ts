import { backoffSchedule, type BackoffOptions } from '../core/signals/ble/backoffSchedule'
import { bluetoothErrorOutcome } from '../core/signals/ble/bluetoothErrorOutcome'
import { bluetoothSupportProblem } from '../core/signals/ble/bluetoothSupportProblem'
import { GattQueue } from '../core/signals/ble/GattQueue'
import { BATTERY_SERVICE, DEVICE_INFORMATION_SERVICE, HEART_RATE_SERVICE } from '../core/signals/ble/heartRateGatt'
import { HEART_RATE_MESSAGES } from '../core/signals/ble/heartRateMessages'
import { HeartRateSession } from '../core/signals/ble/HeartRateSession'
import type { HeartRateMonitorState, HeartRateProblem, HeartRateSample } from '../core/signals/ble/heartRateTypes'
import { bluetoothEnvironment, type BluetoothEnvironment } from './bluetoothEnvironment'
import { openHeartRateGatt, type HeartRateGatt } from './openHeartRateGatt'
import { HeartRateReconnector } from './HeartRateReconnector'

export interface HeartRateMonitorOptions {
  /** Reconnection backoff (default 1 s doubling to 16 s, 6 attempts). */
  reconnect?: BackoffOptions
  /** Longest a single GATT operation may take, ms. Default `HR_GATT_OPERATION_TIMEOUT_MS` (10 000). */
  gattTimeoutMs?: number
  /** Where readings accumulate. Default a new {@link HeartRateSession}. */
  session?: HeartRateSession
  /** Clock for sample times, seconds. Default `performance.now() / 1000`. */
  nowSec?: () => number
  /** The page's Web Bluetooth and secure-context flag. Default read from the page at each call. */
  environment?: () => BluetoothEnvironment
}

/** `status` event detail (STYLE.md §6): the new status, plus `code`, `message`, `cause` when there is a problem. */
export interface HeartRateStatusDetail {
  status: HeartRateMonitorState['status']
  code?: HeartRateProblem['code']
  message?: string
  cause?: unknown
}

const REQUEST_OPTIONS: RequestDeviceOptions = {
  filters: [{ services: [HEART_RATE_SERVICE] }],
  optionalServices: [BATTERY_SERVICE, DEVICE_INFORMATION_SERVICE],
}
const ACTIVE = new Set<HeartRateMonitorState['status']>(['requesting', 'connecting', 'connected', 'reconnecting'])

type StateListener = (state: HeartRateMonitorState) => void

/**
 * A Bluetooth heart-rate sensor (Heart Rate Service 0x180D) through Web Bluetooth: the shopper picks
 * it, the monitor connects, reads Body Sensor Location and Battery Level, resets Energy Expended once
 * per session, and feeds every Heart Rate Measurement notification to a {@link HeartRateSession}.
 * All GATT operations go through one {@link GattQueue}. A dropped link is retried with backoff,
 * keeping the session's data; `stop()` (consent withdrawn) unsubscribes, disconnects and deletes it.
 * Reports, never throws: failures become a status with a problem. Nothing is sent or stored.
 */
export class HeartRateMonitor extends EventTarget {
  state: HeartRateMonitorState
  readonly session: HeartRateSession
  private readonly queue: GattQueue
  private readonly reconnector: HeartRateReconnector
  private readonly nowSec: () => number
  private readonly environment: () => BluetoothEnvironment
  private readonly stateListeners = new Set<StateListener>()
  private device: BluetoothDevice | undefined
  private gatt: HeartRateGatt | undefined
  /** Bumped by start() and stop(): async work of an older generation must not touch the state. */
  private generation = 0
  private energyResetDone = false

  constructor(options: HeartRateMonitorOptions = {}) {
    super()
    this.session = options.session ?? new HeartRateSession()
    this.queue = new GattQueue(options.gattTimeoutMs)
    this.nowSec = options.nowSec ?? (() => performance.now() / 1000)
    this.environment = options.environment ?? bluetoothEnvironment
    this.reconnector = new HeartRateReconnector(backoffSchedule(options.reconnect))
    this.state = {
      status: 'idle', problem: undefined, deviceName: undefined, reading: undefined, batteryPercent: undefined, bodyLocation: undefined,
      reconnectAttempt: 0, reconnectAttempts: this.reconnector.attempts, packets: 0, rmssdMs: Number.NaN, hrvBeats: 0, badPackets: 0, lastPacketError: undefined,
    }
  }

  /** Calls `listener` with every new state (status changes and, while connected, each packet); returns the unsubscribe. */
  subscribeState(listener: StateListener): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  /** Calls `listener` with every good reading ({ atSec, bpm, rrIntervalsMs, contact }); returns the unsubscribe. */
  subscribe(listener: (sample: HeartRateSample) => void): () => void {
    return this.session.subscribe(listener)
  }

  /** Checks whether heart rate can work here (secure page, Web Bluetooth, an adapter); reports `unsupported` if not. */
  async checkSupport(): Promise<HeartRateProblem | undefined> {
    const { bluetooth, secureContext } = this.environment()
    let adapterAvailable: boolean | undefined
    if (secureContext && bluetooth) adapterAvailable = await bluetooth.getAvailability().catch(() => undefined)
    const problem = bluetoothSupportProblem({ secureContext, hasWebBluetooth: bluetooth !== undefined, adapterAvailable })
    if (problem && (this.state.status === 'idle' || this.state.status === 'unsupported')) this.update({ status: 'unsupported', problem })
    else if (!problem && this.state.status === 'unsupported') this.update({ status: 'idle', problem: undefined })
    return problem
  }

  /** Opens the browser's device chooser and connects to the chosen sensor. Call it from a click (user activation). */
  async start(): Promise<void> {
    if (ACTIVE.has(this.state.status)) return
    const { bluetooth, secureContext } = this.environment()
    const problem = bluetoothSupportProblem({ secureContext, hasWebBluetooth: bluetooth !== undefined })
    if (problem || !bluetooth) return this.update({ status: 'unsupported', problem })
    const generation = ++this.generation
    this.update({ status: 'requesting', problem: undefined, reconnectAttempt: 0 })
    let device: BluetoothDevice
    try {
      device = await bluetooth.requestDevice(REQUEST_OPTIONS) // no await before this: the click's activation is needed
    } catch (error) {
      if (generation === this.generation) this.fail(error)
      return
    }
    if (generation !== this.generation) return
    this.device = device
    device.addEventListener('gattserverdisconnected', this.onDisconnected)
    this.update({ status: 'connecting', deviceName: device.name ?? undefined })
    try {
      await this.connect(generation)
    } catch (error) {
      if (generation !== this.generation) return
      this.release()
      this.fail(error)
    }
  }

  /** Consent withdrawn: unsubscribes, disconnects, never reconnects, and deletes the session's data. */
  stop(): void {
    const wasActive = ACTIVE.has(this.state.status) || this.device !== undefined
    this.generation++
    this.reconnector.cancel()
    this.queue.clear('heart rate was switched off')
    this.release()
    this.session.reset()
    this.energyResetDone = false
    if (wasActive) {
      this.update({ status: 'stopped', problem: undefined, deviceName: undefined, reading: undefined, batteryPercent: undefined, bodyLocation: undefined, reconnectAttempt: 0 })
    }
    this.syncSession()
  }

  /** Reads Heart Rate Measurement once (the value also arrives as a notification). For tests with an emulated sensor (`?debug`). */
  readMeasurementOnce(): Promise<DataView> {
    const gatt = this.gatt
    if (!gatt || this.state.status !== 'connected') return Promise.reject(new Error('[vitrine/ble] readMeasurementOnce: no sensor is connected'))
    return this.queue.run('read Heart Rate Measurement', () => gatt.measurement.readValue())
  }

  private async connect(generation: number): Promise<void> {
    const server = this.device?.gatt
    if (!server) throw new DOMException('the chosen device has no GATT server', 'NotSupportedError')
    await this.queue.run('connect', () => server.connect())
    const gatt = await openHeartRateGatt(server, this.queue, { resetEnergyExpended: !this.energyResetDone, onMeasurement: this.onMeasurement })
    if (generation !== this.generation) {
      gatt.close()
      return
    }
    this.gatt = gatt
    if (gatt.energyReset) this.energyResetDone = true
    this.update({
      status: 'connected', problem: undefined, reconnectAttempt: 0,
      batteryPercent: gatt.batteryPercent ?? this.state.batteryPercent, bodyLocation: gatt.bodyLocation ?? this.state.bodyLocation,
    })
  }

  private readonly onMeasurement = (event: Event): void => {
    const value = (event.target as BluetoothRemoteGATTCharacteristic | null)?.value
    if (!value) return
    this.session.ingest(value, this.nowSec())
    this.syncSession()
  }

  private readonly onDisconnected = (): void => {
    // While connecting, reconnecting or stopped, the code that started the link handles its loss.
    if (this.state.status !== 'connected') return
    this.gatt?.close()
    this.gatt = undefined
    this.queue.clear('the sensor disconnected')
    const generation = this.generation
    void this.reconnector.run({
      onAttempt: (attempt) => this.update({ status: 'reconnecting', reconnectAttempt: attempt }),
      connect: async () => {
        if (generation !== this.generation) return
        try {
          await this.connect(generation)
        } catch (error) {
          if (this.device?.gatt?.connected) this.device.gatt.disconnect() // a half-open link would block the next try
          throw error
        }
      },
      isCurrent: () => generation === this.generation,
      onGiveUp: (cause, totalMs) => {
        this.release()
        const name = this.state.deviceName ?? 'the sensor'
        const message = `Lost ${name}: ${this.reconnector.attempts} reconnection attempts over ${Math.round(totalMs / 1000)} s failed. ${HEART_RATE_MESSAGES['gave-up']}`
        this.update({ status: 'failed', problem: { code: 'gave-up', message, cause }, reconnectAttempt: 0 })
      },
    })
  }

  /** Forgets the device: listeners off, notifications off (when the queue is free), link closed. */
  private release(): void {
    const device = this.device
    const gatt = this.gatt
    this.device = undefined
    this.gatt = undefined
    if (!device) return
    device.removeEventListener('gattserverdisconnected', this.onDisconnected)
    gatt?.close()
    const disconnect = () => {
      if (device.gatt?.connected) device.gatt.disconnect()
    }
    if (gatt && device.gatt?.connected && !this.queue.busy) {
      void this.queue.run('unsubscribe from Heart Rate Measurement', () => gatt.measurement.stopNotifications()).catch(() => undefined).finally(disconnect)
    } else disconnect()
  }

  private fail(error: unknown): void {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) }
    const outcome = bluetoothErrorOutcome(name, message, error)
    this.update({ status: outcome.status, problem: outcome.problem, reconnectAttempt: 0 })
  }

  private syncSession(): void {
    const { packets, badPackets, lastError, latest } = this.session
    const hrv = this.session.hrv.read()
    this.update({ packets, badPackets, lastPacketError: lastError, reading: latest, rmssdMs: hrv.rmssdMs, hrvBeats: hrv.beats })
  }

  private update(patch: Partial<HeartRateMonitorState>): void {
    const previous = this.state
    this.state = { ...previous, ...patch }
    for (const listener of this.stateListeners) listener(this.state)
    const { status, problem } = this.state
    if (status !== previous.status || problem !== previous.problem) {
      const detail: HeartRateStatusDetail = problem ? { status, code: problem.code, message: problem.message, cause: problem.cause } : { status }
      this.dispatchEvent(new CustomEvent('status', { detail }))
    }
  }
}
