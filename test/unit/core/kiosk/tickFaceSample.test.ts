import { describe, expect, it } from 'vitest'
import { initialKioskState } from '../../../../src/core/kiosk/kioskTransition'
import type { KioskState } from '../../../../src/core/kiosk/kioskTypes'
import { tickFaceSample } from '../../../../src/core/kiosk/tickFaceSample'

const at = (phase: KioskState['phase'], resumePhase?: KioskState['resumePhase']): KioskState => ({ ...initialKioskState(0), phase, resumePhase })
const tracking = (facePresent: boolean) => ({ camera: 'running', tracker: 'running', facePresent })

describe('tickFaceSample', () => {
  it('reports what the try-on sees once it tracks, in a session and in its countdown', () => {
    expect(tickFaceSample(at('session'), tracking(true), false)).toBe(true)
    expect(tickFaceSample(at('countdown', 'session'), tracking(false), false)).toBe(false)
  })

  it('says nothing while the try-on starts, so a visitor is not timed out by a slow start', () => {
    expect(tickFaceSample(at('session'), { camera: 'requesting', tracker: 'starting', facePresent: false }, false)).toBeUndefined()
    expect(tickFaceSample(at('session'), { camera: 'running', tracker: 'starting', facePresent: false }, false)).toBeUndefined()
  })

  it('says "no face" in a session without a working camera: idleness then goes by touch', () => {
    expect(tickFaceSample(at('session'), undefined, true)).toBe(false)
    expect(tickFaceSample(at('session'), { camera: 'denied', tracker: 'running', facePresent: false }, false)).toBe(false)
    expect(tickFaceSample(at('session'), { camera: 'running', tracker: 'failed', facePresent: true }, false)).toBe(false)
  })

  it('leaves the attract and consent screens to the presence sensor while it checks, and says "no face" when it cannot', () => {
    expect(tickFaceSample(at('consent'), undefined, true)).toBeUndefined()
    expect(tickFaceSample(at('countdown', 'consent'), undefined, true)).toBeUndefined()
    expect(tickFaceSample(at('consent'), undefined, false)).toBe(false)
    expect(tickFaceSample(at('attract'), tracking(true), false)).toBe(false)
  })
})
