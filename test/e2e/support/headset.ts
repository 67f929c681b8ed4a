import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'

const require = createRequire(import.meta.url)
/** iwer's browser build (UMD, defines globalThis.IWER): a real WebXR runtime emulated in the page. */
const IWER_BUILD = require.resolve('iwer/build/iwer.min.js')

/**
 * Installs the iwer WebXR emulator with a Meta Quest Pro (which has eye tracking) before any page
 * script runs, replacing Chromium's own navigator.xr. The device is `window.__iwerDevice`.
 */
export async function installEmulatedHeadset(page: Page): Promise<void> {
  await page.addInitScript({ path: IWER_BUILD })
  await page.addInitScript(() => {
    const IWER = (globalThis as unknown as { IWER: { XRDevice: new (config: unknown) => { installRuntime(o: object): void }; metaQuestPro: unknown } }).IWER
    const device = new IWER.XRDevice(IWER.metaQuestPro)
    device.installRuntime({ forceInstall: true })
    Object.assign(window, { __iwerDevice: device })
  })
}

/** Turns the emulated eyes (the headset's gaze input, viewer-relative) to look along `direction`. */
export async function lookAlong(page: Page, direction: readonly [number, number, number]): Promise<void> {
  // The rotation taking −Z onto the unit direction d: axis −Z × d, angle acos(−d.z).
  const [x, y, z] = direction
  const length = Math.hypot(x, y, z)
  const d = [x / length, y / length, z / length] as const
  const axis = [d[1], -d[0], 0] as const // (0, 0, −1) × d
  const axisLength = Math.hypot(axis[0], axis[1])
  const angle = Math.acos(Math.max(-1, Math.min(1, -d[2])))
  const s = axisLength > 1e-9 ? Math.sin(angle / 2) / axisLength : 0
  const q = [axis[0] * s, axis[1] * s, 0, Math.cos(angle / 2)]
  await page.evaluate((q) => {
    const device = (window as unknown as { __iwerDevice: { gaze: { quaternion: { set(x: number, y: number, z: number, w: number): void } } } }).__iwerDevice
    device.gaze.quaternion.set(q[0]!, q[1]!, q[2]!, q[3]!)
  }, q)
}
