import { describe, expect, it } from 'vitest'
import type { CameraStatus } from '../../../../src/core/session/cameraStatus'
import { cameraStatusForError } from '../../../../src/core/session/cameraStatus'
import { shopperStatus, type ShopperStatus } from '../../../../src/core/session/shopperStatus'
import { STATUS_TEXT } from '../../../../src/core/session/statusText'

const running = { consented: true, camera: 'running' as CameraStatus, tracker: 'running' as const, facePresent: true }

describe('shopperStatus', () => {
  it('asks for consent before anything else, whatever the camera says', () => {
    expect(shopperStatus({ ...running, consented: false })).toBe('consent')
  })

  it.each<[CameraStatus, ShopperStatus]>([
    ['requesting', 'requesting'],
    ['denied', 'denied'],
    ['no-camera', 'no-camera'],
    ['busy', 'camera-busy'],
    ['lost', 'camera-lost'],
    ['unsupported', 'unsupported'],
    ['failed', 'camera-failed'],
  ])('shows camera status %s as %s even while tracking', (camera, expected) => {
    expect(shopperStatus({ ...running, camera })).toBe(expected)
  })

  it('is loading until the tracker runs, and says when it failed', () => {
    expect(shopperStatus({ ...running, tracker: 'starting' })).toBe('loading')
    expect(shopperStatus({ ...running, tracker: 'failed' })).toBe('tracker-failed')
  })

  it('tells no face from tracking', () => {
    expect(shopperStatus({ ...running, facePresent: false })).toBe('no-face')
    expect(shopperStatus(running)).toBe('tracking')
  })
})

describe('STATUS_TEXT', () => {
  it('gives every blocking error a way forward or an automatic recovery', () => {
    for (const [status, text] of Object.entries(STATUS_TEXT)) {
      expect(text.title.length, status).toBeGreaterThan(5)
      expect(text.body.length, status).toBeGreaterThan(20)
      if (text.blocking && !['requesting', 'camera-lost', 'unsupported'].includes(status)) expect(text.action, status).toBeDefined()
    }
  })

  it('says in the consent text that no image leaves the device', () => {
    expect(STATUS_TEXT.consent.body).toMatch(/no image .*leaves/i)
  })
})

describe('cameraStatusForError', () => {
  it.each<[string, CameraStatus]>([
    ['NotAllowedError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'busy'],
    ['TypeError', 'unsupported'],
    ['SomethingElse', 'failed'],
  ])('maps %s to %s', (name, status) => {
    expect(cameraStatusForError(name)).toBe(status)
  })
})
