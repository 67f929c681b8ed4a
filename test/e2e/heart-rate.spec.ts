import type { Locator, Page } from '@playwright/test'
import { HeartRateSensorEmulation } from './support/bluetoothEmulation'
import { expect, test } from './support/fixtures'

/** The heart-rate card of the signals panel. */
const card = (page: Page): Locator => page.locator('[data-purpose="heartRate"]')
/** Its live region: the reading, progress or problem, details and warnings. */
const live = (page: Page): Locator => card(page).getByRole('status')

type Monitor = { state: { status: string }; session: { packets: number; hrv: { read(): { beats: number } } } }
const monitorFigures = (page: Page) =>
  page.evaluate(() => {
    const monitor = (window as unknown as { __vitrine: { heartRate: { monitor: Monitor } } }).__vitrine.heartRate.monitor
    return { status: monitor.state.status, packets: monitor.session.packets, beats: monitor.session.hrv.read().beats }
  })

/** Init script: keeps every device the real `requestDevice()` hands the app, to read its link state later. */
function recordChosenDevices(): void {
  const prototype = (window as unknown as { Bluetooth: { prototype: Bluetooth } }).Bluetooth.prototype
  const request = prototype.requestDevice
  prototype.requestDevice = async function (this: Bluetooth, options?: RequestDeviceOptions) {
    const device = await request.call(this, options)
    const scope = window as unknown as { __chosenDevices?: BluetoothDevice[] }
    ;(scope.__chosenDevices ??= []).push(device)
    return device
  }
}
const chosenDeviceLinks = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __chosenDevices?: BluetoothDevice[] }).__chosenDevices ?? []).map((device) => device.gatt?.connected))

/** Opens the app with an emulated strap, allows heart rate, connects, and waits for the first reads. */
async function connect(page: Page): Promise<HeartRateSensorEmulation> {
  const emulation = await HeartRateSensorEmulation.create(page)
  await page.goto('/?debug')
  await emulation.watchChooser(page)
  await card(page).getByRole('button', { name: 'Allow heart rate' }).click()
  await card(page).getByRole('button', { name: 'Connect heart-rate sensor' }).click()
  await expect(live(page)).toContainText('Connected to Vitrine HR strap. Waiting for the first reading…')
  return emulation
}

let emulation: HeartRateSensorEmulation | undefined
test.afterEach(async () => {
  await emulation?.dispose()
  emulation = undefined
})

test.describe('heart rate from an emulated BLE strap', () => {
  test('connects to the chosen strap and shows location, battery and bpm from real measurement bytes', async ({ page }) => {
    emulation = await connect(page)
    await expect(live(page)).toContainText('Battery 85 %')
    await expect(live(page)).toContainText('Worn on the chest')
    // Energy Expended reset through the Control Point, then subscribed to measurements.
    expect(emulation.operationsOn('controlPoint')).toEqual([{ part: 'controlPoint', type: 'write', data: [0x01] }])
    expect(emulation.operationsOn('measurement').map((op) => op.type)).toEqual(['subscribe-to-notifications'])

    // The vector: 72 bpm, skin contact, RR 340 and 748 (1/1024 s).
    expect(await emulation.sendMeasurement(page, '16 48 54 01 EC 02')).toEqual([0x16, 0x48, 0x54, 0x01, 0xec, 0x02])
    await expect(live(page).getByText('72 bpm · skin contact')).toBeVisible()
    // 74, 73, 72 bpm with plausible beats (RR 853, 871, 845, 862, 838 / 1024 s): HRV appears.
    await emulation.sendMeasurement(page, '16 4A 55 03 67 03')
    await emulation.sendMeasurement(page, '16 49 4D 03 5E 03')
    await emulation.sendMeasurement(page, '16 48 46 03')
    await expect(live(page).getByText('72 bpm · skin contact')).toBeVisible()
    await expect(live(page)).toContainText('4 readings this session')
    await expect(live(page)).toContainText(/HRV \(RMSSD\) \d+ ms over \d+ beats/)
    await expect(card(page).getByRole('button', { name: 'Disconnect' })).toBeVisible()
    await card(page).scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'screenshots/heart-rate-connected.png' })

    // A garbage packet: a readable warning, and the stream goes on.
    await emulation.sendMeasurement(page, '00')
    await expect(live(page)).toContainText('Ignored 1 unreadable reading from the sensor (last: bad heart rate measurement (too-short)')
    await emulation.sendMeasurement(page, '06 4B') // 75 bpm, contact, no RR
    await expect(live(page).getByText('75 bpm · skin contact')).toBeVisible()
    await expect(live(page)).toContainText('5 readings this session')
    // A strap without the contact feature.
    await emulation.sendMeasurement(page, '00 50')
    await expect(live(page).getByText('80 bpm', { exact: true })).toBeVisible()
  })

  test('shows the reconnecting state when the link drops, then recovers keeping the session', async ({ page }) => {
    emulation = await connect(page)
    await emulation.sendMeasurement(page, '16 48 55 03 67 03')
    await emulation.sendMeasurement(page, '16 49 4D 03 5E 03')
    await expect(live(page)).toContainText('2 readings this session')
    const before = await monitorFigures(page)
    expect(before.beats).toBe(4)

    await emulation.dropLink()
    await expect(live(page)).toContainText('Lost the link to Vitrine HR strap. Reconnecting (attempt 1 of 6)…')
    await expect(card(page)).toHaveAttribute('data-granted', 'true')
    // After the first 1 s wait: connected again, resubscribed, the session's readings kept.
    await expect(live(page)).toContainText('2 readings this session', { timeout: 10_000 })
    await expect(page.locator('.heart-rate[data-status="connected"]')).toBeVisible()
    expect(emulation.gattOperations.filter((type) => type === 'connection')).toHaveLength(2)
    expect(emulation.operationsOn('measurement').map((op) => op.type)).toEqual(['subscribe-to-notifications', 'read', 'read', 'subscribe-to-notifications'])
    // Energy Expended is reset once per session, not on every reconnection.
    expect(emulation.operationsOn('controlPoint')).toHaveLength(1)

    await emulation.sendMeasurement(page, '16 4A 46 03 55 03')
    await expect(live(page).getByText('74 bpm · skin contact')).toBeVisible()
    await expect(live(page)).toContainText('3 readings this session')
    expect(await monitorFigures(page)).toEqual({ status: 'connected', packets: 3, beats: 6 })
  })

  test('says no sensor was chosen when the shopper cancels the chooser', async ({ page }) => {
    emulation = await HeartRateSensorEmulation.create(page)
    emulation.chooser = 'cancel'
    await page.goto('/?debug')
    await emulation.watchChooser(page)
    await card(page).getByRole('button', { name: 'Allow heart rate' }).click()
    await card(page).getByRole('button', { name: 'Connect heart-rate sensor' }).click()
    await expect(live(page)).toContainText('No sensor was chosen. Press "Connect heart-rate sensor" to pick one.')
    await expect(card(page).getByRole('button', { name: 'Connect heart-rate sensor' })).toBeVisible()
    expect(emulation.gattOperations).toEqual([])
  })

  test('Disconnect withdraws consent: unsubscribes, disconnects, deletes the data, never reconnects', async ({ page }) => {
    await page.addInitScript(recordChosenDevices)
    emulation = await connect(page)
    expect(await chosenDeviceLinks(page)).toEqual([true])
    await emulation.sendMeasurement(page, '16 48 55 03 67 03')
    await expect(live(page).getByText('72 bpm · skin contact')).toBeVisible()

    await card(page).getByRole('button', { name: 'Disconnect' }).click()
    await expect(card(page)).toHaveAttribute('data-granted', 'false')
    await expect(card(page).getByRole('button', { name: 'Allow heart rate' })).toBeVisible()
    await expect.poll(() => emulation!.operationsOn('measurement').at(-1)?.type).toBe('unsubscribe-from-notifications')
    expect(await monitorFigures(page)).toEqual({ status: 'stopped', packets: 0, beats: 0 })
    // The page's own view of the link: the chosen device is no longer connected.
    expect(await chosenDeviceLinks(page)).toEqual([false])
    // No reconnection: the first backoff wait (1 s) passes with no new connection.
    await page.waitForTimeout(2500)
    expect(emulation.gattOperations.filter((type) => type === 'connection')).toHaveLength(1)
  })

  test('says when the machine has no Bluetooth adapter, before anything is asked', async ({ page }) => {
    emulation = await HeartRateSensorEmulation.create(page, 'absent')
    await page.goto('/?debug')
    await card(page).getByRole('button', { name: 'Allow heart rate' }).click()
    await expect(live(page)).toContainText('No Bluetooth adapter is available. Switch Bluetooth on in the system settings, then connect again.')
  })
})
