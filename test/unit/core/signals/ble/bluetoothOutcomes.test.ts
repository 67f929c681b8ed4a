import { describe, expect, it } from 'vitest'
import { bluetoothErrorOutcome } from '../../../../../src/core/signals/ble/bluetoothErrorOutcome'
import { bluetoothSupportProblem } from '../../../../../src/core/signals/ble/bluetoothSupportProblem'

describe('bluetoothErrorOutcome', () => {
  // Messages as Chromium words them.
  it.each([
    ['NotFoundError', 'User cancelled the requestDevice() chooser.', 'cancelled', 'cancelled', /No sensor was chosen/],
    ['NotFoundError', 'Bluetooth adapter not available.', 'unsupported', 'no-adapter', /Switch Bluetooth on/],
    ['NotFoundError', 'Web Bluetooth API globally disabled.', 'denied', 'blocked', /blocked for this site/],
    ['NotFoundError', 'User denied the browser permission to scan for Bluetooth devices.', 'denied', 'blocked', /site settings/],
    ['SecurityError', 'Must be handling a user gesture to show a permission request.', 'denied', 'blocked', /blocked/],
    ['NotAllowedError', 'Permission denied', 'denied', 'blocked', /blocked/],
    ['NotFoundError', 'No Services matching UUID 0000180d-0000-1000-8000-00805f9b34fb found in Device.', 'failed', 'no-heart-rate-service', /does not offer a heart rate/],
    ['NetworkError', 'Connection failed for unknown reason.', 'failed', 'connect-failed', /could not be reached/],
    ['GattQueueError', '[vitrine/ble] GATT operation "connect" timed out after 10000 ms', 'failed', 'connect-failed', /switched on and near you/],
  ])('%s "%s" → %s (%s)', (name, message, status, code, text) => {
    const cause = new Error(message)
    const outcome = bluetoothErrorOutcome(name, message, cause)
    expect(outcome.status).toBe(status)
    expect(outcome.problem.code).toBe(code)
    expect(outcome.problem.message).toMatch(text)
    expect(outcome.problem.cause).toBe(cause)
  })
})

describe('bluetoothSupportProblem', () => {
  it('names an insecure page first, even without the API (browsers hide it there)', () => {
    expect(bluetoothSupportProblem({ secureContext: false, hasWebBluetooth: false })).toMatchObject({ code: 'insecure-context', message: expect.stringContaining('HTTPS') })
  })

  it('names a browser without Web Bluetooth', () => {
    expect(bluetoothSupportProblem({ secureContext: true, hasWebBluetooth: false })).toMatchObject({ code: 'no-web-bluetooth', message: expect.stringContaining('Chrome or Edge') })
  })

  it('names a missing adapter only when getAvailability said so', () => {
    expect(bluetoothSupportProblem({ secureContext: true, hasWebBluetooth: true, adapterAvailable: false })).toMatchObject({ code: 'no-adapter' })
    expect(bluetoothSupportProblem({ secureContext: true, hasWebBluetooth: true, adapterAvailable: undefined })).toBeUndefined()
    expect(bluetoothSupportProblem({ secureContext: true, hasWebBluetooth: true, adapterAvailable: true })).toBeUndefined()
  })
})
