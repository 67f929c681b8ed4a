/**
 * A small stand-in for Web Bluetooth in Node: one heart-rate strap whose GATT operations take a
 * macrotask each and record whether two ever ran at once (browsers reject that).
 */
export class FakeGatt {
  inFlight = 0
  overlaps = 0
  readonly log: string[] = []
  /** Connection attempts fail while false (the strap is out of range). */
  reachable = true
  hasHeartRate = true

  async op<T>(name: string, work: () => T): Promise<T> {
    this.inFlight++
    if (this.inFlight > 1) this.overlaps++
    this.log.push(name)
    try {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return work()
    } finally {
      this.inFlight--
    }
  }
}

const view = (...bytes: number[]) => new DataView(Uint8Array.from(bytes).buffer)
const notFound = (what: string) => new DOMException(`No ${what} found`, 'NotFoundError')

export class FakeCharacteristic extends EventTarget {
  value: DataView | undefined
  constructor(private readonly gatt: FakeGatt, readonly name: string, private readonly readBytes: number[] = []) {
    super()
  }
  readValue() {
    return this.gatt.op(`read ${this.name}`, () => view(...this.readBytes))
  }
  writeValueWithResponse(data: Uint8Array) {
    return this.gatt.op(`write ${this.name} ${[...data].join(',')}`, () => undefined)
  }
  startNotifications() {
    return this.gatt.op(`subscribe ${this.name}`, () => this)
  }
  stopNotifications() {
    return this.gatt.op(`unsubscribe ${this.name}`, () => this)
  }
  /** The strap sends a notification. */
  notify(...bytes: number[]) {
    this.value = view(...bytes)
    this.dispatchEvent(new Event('characteristicvaluechanged'))
  }
}

export class FakeDevice extends EventTarget {
  readonly name = 'Fake strap'
  readonly gatt: FakeServer
  measurement!: FakeCharacteristic
  constructor(readonly fake: FakeGatt) {
    super()
    this.gatt = new FakeServer(this)
  }
  /** The link drops (out of range). */
  drop() {
    this.gatt.connected = false
    this.dispatchEvent(new Event('gattserverdisconnected'))
  }
}

class FakeServer {
  connected = false
  constructor(private readonly device: FakeDevice) {}
  connect() {
    return this.device.fake.op('connect', () => {
      if (!this.device.fake.reachable) throw new DOMException('Connection failed for unknown reason.', 'NetworkError')
      this.connected = true
      return this
    })
  }
  disconnect() {
    if (!this.connected) return
    this.device.fake.log.push('disconnect')
    this.device.drop()
  }
  getPrimaryService(uuid: number) {
    const fake = this.device.fake
    return fake.op(`service 0x${uuid.toString(16)}`, () => {
      if (uuid === 0x180d && fake.hasHeartRate) return new FakeService(this.device, 'heart rate')
      if (uuid === 0x180f) return new FakeService(this.device, 'battery')
      throw notFound(`Services matching UUID ${uuid}`)
    })
  }
}

class FakeService {
  constructor(private readonly device: FakeDevice, private readonly kind: 'heart rate' | 'battery') {}
  getCharacteristic(uuid: number) {
    const fake = this.device.fake
    return fake.op(`characteristic 0x${uuid.toString(16)}`, () => {
      if (this.kind === 'battery' && uuid === 0x2a19) return new FakeCharacteristic(fake, 'battery', [64])
      if (this.kind === 'heart rate' && uuid === 0x2a37) return (this.device.measurement = new FakeCharacteristic(fake, 'measurement'))
      if (this.kind === 'heart rate' && uuid === 0x2a38) return new FakeCharacteristic(fake, 'location', [2])
      if (this.kind === 'heart rate' && uuid === 0x2a39) return new FakeCharacteristic(fake, 'control point')
      throw notFound(`Characteristics matching UUID ${uuid}`)
    })
  }
}

/** `navigator.bluetooth` with one strap, or a chooser the shopper cancels. */
export function fakeBluetooth(device: FakeDevice, options: { cancel?: boolean; available?: boolean } = {}) {
  return {
    getAvailability: async () => options.available ?? true,
    requestDevice: async () => {
      if (options.cancel) throw new DOMException('User cancelled the requestDevice() chooser.', 'NotFoundError')
      return device
    },
  } as unknown as Bluetooth
}
