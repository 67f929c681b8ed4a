import { describe, expect, it } from 'vitest'
import * as signals from '../../../../src/core/signals/index'

describe('core/signals index', () => {
  it('re-exports the public API', () => {
    expect(typeof signals.parseHeartRateMeasurement).toBe('function')
    expect(typeof signals.HeartRateParseError).toBe('function')
    expect(typeof signals.HrvWindow).toBe('function')
    expect(typeof signals.ExpressionTracker).toBe('function')
    expect(typeof signals.DwellTracker).toBe('function')
    expect(signals.BLENDSHAPE_NAMES).toHaveLength(52)
    expect(signals.HRV_WINDOW_SEC).toBe(60)
  })
})
