import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HeartRateMonitor, type HeartRateStatusDetail } from '../../../src/ble/HeartRateMonitor'
import { FakeDevice, FakeGatt, fakeBluetooth } from './fakeBluetooth'

function setup(options: { cancel?: boolean; available?: boolean; secureContext?: boolean; noApi?: boolean } = {}) {
  const fake = new FakeGatt()
  const device = new FakeDevice(fake)
  const bluetooth = options.noApi ? undefined : fakeBluetooth(device, options)
  const monitor = new HeartRateMonitor({
    environment: () => ({ bluetooth, secureContext: options.secureContext ?? true }),
    nowSec: () => 100,
  })
  const events: HeartRateStatusDetail[] = []
  monitor.addEventListener('status', (event) => events.push((event as CustomEvent<HeartRateStatusDetail>).detail))
  return { fake, device, monitor, events }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** Lets queued GATT operations (1 ms each) run. */
const settle = () => vi.advanceTimersByTimeAsync(50)

describe('HeartRateMonitor', () => {
  it('connects, reads location and battery, resets energy, subscribes, one GATT operation at a time', async () => {
    const { fake, device, monitor, events } = setup()
    const started = monitor.start()
    await settle()
    await started
    expect(monitor.state).toMatchObject({ status: 'connected', deviceName: 'Fake strap', bodyLocation: 'wrist', batteryPercent: 64 })
    expect(fake.log).toContain('write control point 1')
    expect(fake.log.at(-1)).toBe('subscribe measurement')
    expect(fake.overlaps).toBe(0)
    expect(events.map((e) => e.status)).toEqual(['requesting', 'connecting', 'connected'])

    device.measurement.notify(0x16, 0x48, 0x54, 0x01, 0xec, 0x02)
    expect(monitor.state.reading).toEqual({ atSec: 100, bpm: 72, contact: 'contact', rrIntervalsMs: [340 * (1000 / 1024), 748 * (1000 / 1024)] })
  })

  it('runs GATT operations asked for at the same time one after the other', async () => {
    const { fake, monitor } = setup()
    const started = monitor.start()
    await settle()
    await started
    const reads = [monitor.readMeasurementOnce(), monitor.readMeasurementOnce(), monitor.readMeasurementOnce()]
    await settle()
    await Promise.all(reads)
    expect(fake.log.filter((op) => op === 'read measurement')).toHaveLength(3)
    expect(fake.overlaps).toBe(0)
  })

  it('counts a garbage packet, keeps its reason, and keeps streaming', async () => {
    const { device, monitor } = setup()
    const samples: number[] = []
    monitor.subscribe((sample) => samples.push(sample.bpm))
    const started = monitor.start()
    await settle()
    await started
    device.measurement.notify(0x00)
    device.measurement.notify(0x00, 0x50)
    expect(monitor.state).toMatchObject({ status: 'connected', packets: 1, badPackets: 1 })
    expect(monitor.state.lastPacketError).toMatch(/too-short/)
    expect(samples).toEqual([80])
  })

  it('reconnects after a drop with the 1 s backoff, resubscribes and keeps the session', async () => {
    const { fake, device, monitor } = setup()
    const started = monitor.start()
    await settle()
    await started
    device.measurement.notify(0x00, 0x48)
    device.drop()
    expect(monitor.state).toMatchObject({ status: 'reconnecting', reconnectAttempt: 1 })
    await vi.advanceTimersByTimeAsync(999)
    expect(fake.log.filter((op) => op === 'connect')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(100)
    expect(monitor.state).toMatchObject({ status: 'connected', packets: 1, reconnectAttempt: 0 })
    expect(fake.log.filter((op) => op === 'subscribe measurement')).toHaveLength(2)
    expect(fake.log.filter((op) => op.startsWith('write control point'))).toHaveLength(1)
    device.measurement.notify(0x00, 0x49)
    expect(monitor.state.packets).toBe(2)
    expect(fake.overlaps).toBe(0)
  })

  it('gives up after 6 failed attempts (1+2+4+8+16+16 s) with a message, keeping the readings', async () => {
    const { fake, device, monitor, events } = setup()
    const started = monitor.start()
    await settle()
    await started
    device.measurement.notify(0x00, 0x48)
    fake.reachable = false
    device.drop()
    const attempts: number[] = []
    monitor.subscribeState((state) => {
      if (state.status === 'reconnecting' && attempts.at(-1) !== state.reconnectAttempt) attempts.push(state.reconnectAttempt)
    })
    await vi.advanceTimersByTimeAsync(46_000)
    expect(monitor.state.status).toBe('reconnecting')
    await vi.advanceTimersByTimeAsync(2000)
    expect(attempts).toEqual([2, 3, 4, 5, 6])
    expect(monitor.state).toMatchObject({ status: 'failed', packets: 1, problem: { code: 'gave-up' } })
    expect(monitor.state.problem?.message).toBe(
      'Lost Fake strap: 6 reconnection attempts over 47 s failed. The sensor stayed out of reach. Check it is worn, switched on and near you, then connect again.',
    )
    expect(events.at(-1)).toMatchObject({ status: 'failed', code: 'gave-up', cause: expect.objectContaining({ name: 'NetworkError' }) })
    expect(fake.log.filter((op) => op === 'connect')).toHaveLength(7)
  })

  it('stop() during a backoff wait makes no further attempt, and deletes the data', async () => {
    const { fake, device, monitor } = setup()
    const started = monitor.start()
    await settle()
    await started
    device.measurement.notify(0x00, 0x48)
    device.drop()
    monitor.stop()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fake.log.filter((op) => op === 'connect')).toHaveLength(1)
    expect(monitor.state).toMatchObject({ status: 'stopped', packets: 0, reading: undefined })
    expect(monitor.session.history()).toEqual([])
  })

  it('stop() while connected unsubscribes, then disconnects', async () => {
    const { fake, device, monitor } = setup()
    const started = monitor.start()
    await settle()
    await started
    monitor.stop()
    await settle()
    expect(fake.log.slice(-2)).toEqual(['unsubscribe measurement', 'disconnect'])
    expect(device.gatt.connected).toBe(false)
    expect(monitor.state.status).toBe('stopped')
    device.measurement.notify(0x00, 0x48) // a late notification is not listened to any more
    expect(monitor.state.packets).toBe(0)
  })

  it('reports a cancelled chooser as cancelled, with code and message on the event', async () => {
    const { monitor, events } = setup({ cancel: true })
    await monitor.start()
    expect(monitor.state.status).toBe('cancelled')
    expect(events.at(-1)).toMatchObject({ status: 'cancelled', code: 'cancelled', message: expect.stringContaining('No sensor was chosen') })
  })

  it('fails clearly, and closes the link, for a device without the Heart Rate service', async () => {
    const { fake, device, monitor } = setup()
    fake.hasHeartRate = false
    const started = monitor.start()
    await settle()
    await started
    expect(monitor.state).toMatchObject({ status: 'failed', problem: { code: 'no-heart-rate-service' } })
    expect(device.gatt.connected).toBe(false)
  })

  it.each([
    [{ secureContext: false }, 'insecure-context'],
    [{ noApi: true }, 'no-web-bluetooth'],
  ])('reports unsupported for %j without asking for a device', async (options, code) => {
    const { monitor, fake } = setup(options)
    await monitor.start()
    expect(monitor.state).toMatchObject({ status: 'unsupported', problem: { code } })
    expect(fake.log).toEqual([])
  })

  it('checkSupport() reports a missing adapter, and clears it once one is there', async () => {
    const options = { available: false }
    const { monitor } = setup(options)
    await expect(monitor.checkSupport()).resolves.toMatchObject({ code: 'no-adapter' })
    expect(monitor.state.status).toBe('unsupported')
    options.available = true // Bluetooth switched on
    await expect(monitor.checkSupport()).resolves.toBeUndefined()
    expect(monitor.state).toMatchObject({ status: 'idle', problem: undefined })
  })
})
