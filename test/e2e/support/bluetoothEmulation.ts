import type { CDPSession, Page } from '@playwright/test'

/** A 16-bit SIG number as the 128-bit UUID the DevTools Protocol wants. */
const uuid = (short: number) => `0000${short.toString(16).padStart(4, '0')}-0000-1000-8000-00805f9b34fb`
const toBase64 = (bytes: readonly number[]) => Buffer.from(bytes).toString('base64')
const fromBase64 = (data: string | undefined) => (data ? [...Buffer.from(data, 'base64')] : undefined)
/** ATT error "Unlikely Error" (Core spec Vol 3 Part F 3.4.1.1): a read the test did not prepare. */
const ATT_UNLIKELY_ERROR = 0x0e

/** The emulated sensor's characteristics, by what they are. */
export type SensorPart = 'measurement' | 'location' | 'controlPoint' | 'battery' | 'manufacturer'

export interface SensorOptions {
  address: string
  name: string
  /** Battery Level answered to reads, percent. */
  batteryPercent: number
  /** Body Sensor Location code answered to reads (1 = chest). */
  bodyLocation: number
}

export interface CharacteristicOperation {
  part: SensorPart
  type: string
  data?: number[] | undefined
}

/**
 * A heart-rate strap emulated by Chromium's Web Bluetooth test central, driven through the
 * DevTools Protocol: `BluetoothEmulation` on the browser session (the fake adapter, the peripheral,
 * its GATT table, and answers to every GATT operation the page makes) and `DeviceAccess` on the
 * page session (the device chooser). The protocol cannot push a notification, but a read answered
 * here fires `characteristicvaluechanged` in the page just as a notification does, so
 * {@link sendMeasurement} queues real measurement bytes and has the page read them once.
 */
export class HeartRateSensorEmulation {
  readonly sensor: SensorOptions
  /** GATT link operations the page made ('connection', 'discovery'), in order. */
  readonly gattOperations: string[] = []
  /** Characteristic operations the page made, in order. */
  readonly characteristicOperations: CharacteristicOperation[] = []
  /** What the chooser does with the next request: pick the sensor, or cancel. */
  chooser: 'select' | 'cancel' = 'select'

  private readonly parts = new Map<string, SensorPart>()
  private readonly measurements: number[][] = []
  private readonly prompts = new Set<string>()
  private pageSession: CDPSession | undefined

  private constructor(private readonly browserSession: CDPSession, sensor: SensorOptions) {
    this.sensor = sensor
    browserSession.on('BluetoothEmulation.gattOperationReceived', ({ address, type }) => {
      this.gattOperations.push(type)
      void browserSession.send('BluetoothEmulation.simulateGATTOperationResponse', { address, type, code: 0 })
    })
    browserSession.on('BluetoothEmulation.characteristicOperationReceived', (event) => this.answerCharacteristic(event))
    browserSession.on('BluetoothEmulation.descriptorOperationReceived', ({ descriptorId, type }) => {
      const data = type === 'read' ? { data: toBase64([0, 0]) } : {}
      void browserSession.send('BluetoothEmulation.simulateDescriptorOperationResponse', { descriptorId, type, code: 0, ...data })
    })
  }

  /** Switches on a fake Bluetooth adapter (`state`) for the whole browser and, when powered on, adds the sensor. */
  static async create(page: Page, state: 'powered-on' | 'powered-off' | 'absent' = 'powered-on', sensor: Partial<SensorOptions> = {}): Promise<HeartRateSensorEmulation> {
    const browserSession = await page.context().browser()!.newBrowserCDPSession()
    const emulation = new HeartRateSensorEmulation(browserSession, { address: '09:09:09:09:09:09', name: 'Vitrine HR strap', batteryPercent: 85, bodyLocation: 1, ...sensor })
    // An earlier test's adapter must not linger: the emulation belongs to the browser, not the page.
    await browserSession.send('BluetoothEmulation.disable')
    await browserSession.send('BluetoothEmulation.enable', { state, leSupported: true })
    if (state === 'powered-on') {
      const { address, name } = emulation.sensor
      await browserSession.send('BluetoothEmulation.simulatePreconnectedPeripheral', { address, name, manufacturerData: [], knownServiceUuids: [uuid(0x180d)] })
      await emulation.buildGattTable()
    }
    return emulation
  }

  /** Answers the page's device chooser (call once the page is open): each prompt id once, as the event fires twice. */
  async watchChooser(page: Page): Promise<void> {
    const session = await page.context().newCDPSession(page)
    this.pageSession = session
    session.on('DeviceAccess.deviceRequestPrompted', ({ id, devices }) => {
      if (this.prompts.has(id)) return
      if (this.chooser === 'cancel') {
        this.prompts.add(id)
        void session.send('DeviceAccess.cancelPrompt', { id })
        return
      }
      const device = devices.find((d) => d.id === this.sensor.address)
      if (!device) return // not listed yet: a later event of the same prompt will list it
      this.prompts.add(id)
      void session.send('DeviceAccess.selectPrompt', { id, deviceId: device.id })
    })
    await session.send('DeviceAccess.enable')
  }

  /**
   * Queues one Heart Rate Measurement value (hex bytes, e.g. "16 48 54 01 EC 02") and has the page
   * read it through `window.__vitrine.heartRate` (`?debug`); resolves with the bytes the page got.
   */
  async sendMeasurement(page: Page, hex: string): Promise<number[]> {
    this.measurements.push(hex.trim().split(/\s+/).map((byte) => Number.parseInt(byte, 16)))
    return page.evaluate(() => (window as unknown as { __vitrine: { heartRate: { readMeasurementOnce(): Promise<number[]> } } }).__vitrine.heartRate.readMeasurementOnce())
  }

  /**
   * Drops the link as a strap walking out of range does. Chromium's fake peripheral forgets its
   * services on disconnection, so the table is added again, as a real strap offers it again when it
   * comes back (ids change; operations are matched by part).
   */
  async dropLink(): Promise<void> {
    await this.browserSession.send('BluetoothEmulation.simulateGATTDisconnection', { address: this.sensor.address })
    await this.buildGattTable()
  }

  /** Operations on one part, e.g. every write to the Control Point. */
  operationsOn(part: SensorPart): CharacteristicOperation[] {
    return this.characteristicOperations.filter((op) => op.part === part)
  }

  /** Switches the fake adapter off for the rest of the browser's tests and closes the sessions. */
  async dispose(): Promise<void> {
    await this.browserSession.send('BluetoothEmulation.disable').catch(() => undefined)
    await this.browserSession.detach().catch(() => undefined)
    await this.pageSession?.detach().catch(() => undefined)
  }

  private async buildGattTable(): Promise<void> {
    const { address } = this.sensor
    const send = this.browserSession.send.bind(this.browserSession)
    const add = async (serviceId: string, short: number, part: SensorPart, properties: Record<string, boolean>) => {
      const { characteristicId } = await send('BluetoothEmulation.addCharacteristic', { serviceId, characteristicUuid: uuid(short), properties })
      this.parts.set(characteristicId, part)
      return characteristicId
    }
    const { serviceId: heartRate } = await send('BluetoothEmulation.addService', { address, serviceUuid: uuid(0x180d) })
    // `read` besides `notify`: how the test delivers measurements (see the class comment).
    const measurement = await add(heartRate, 0x2a37, 'measurement', { notify: true, read: true })
    await send('BluetoothEmulation.addDescriptor', { characteristicId: measurement, descriptorUuid: uuid(0x2902) })
    await add(heartRate, 0x2a38, 'location', { read: true })
    await add(heartRate, 0x2a39, 'controlPoint', { write: true })
    const { serviceId: battery } = await send('BluetoothEmulation.addService', { address, serviceUuid: uuid(0x180f) })
    await add(battery, 0x2a19, 'battery', { read: true, notify: true })
    const { serviceId: info } = await send('BluetoothEmulation.addService', { address, serviceUuid: uuid(0x180a) })
    await add(info, 0x2a29, 'manufacturer', { read: true })
  }

  private answerCharacteristic(event: { characteristicId: string; type: 'read' | 'write' | 'subscribe-to-notifications' | 'unsubscribe-from-notifications'; data?: string }): void {
    const { characteristicId, type } = event
    const part = this.parts.get(characteristicId) ?? 'manufacturer'
    this.characteristicOperations.push({ part, type, data: fromBase64(event.data) })
    let bytes: number[] | undefined
    if (type === 'read') {
      if (part === 'measurement') bytes = this.measurements.shift()
      else if (part === 'battery') bytes = [this.sensor.batteryPercent]
      else if (part === 'location') bytes = [this.sensor.bodyLocation]
      else bytes = [...Buffer.from('Vitrine')]
    }
    const code = type === 'read' && !bytes ? ATT_UNLIKELY_ERROR : 0
    void this.browserSession.send('BluetoothEmulation.simulateCharacteristicOperationResponse', {
      characteristicId, type, code, ...(bytes ? { data: toBase64(bytes) } : {}),
    })
  }
}
