import { describe, expect, it } from 'vitest'
import { backoffSchedule } from '../../../../../src/core/signals/ble/backoffSchedule'

describe('backoffSchedule', () => {
  it('waits 1 s, doubling up to a 16 s cap, for 6 attempts by default', () => {
    expect(backoffSchedule()).toEqual([1000, 2000, 4000, 8000, 16_000, 16_000])
  })

  it('follows custom options, capping every wait', () => {
    expect(backoffSchedule({ initialDelayMs: 500, maxDelayMs: 3000, maxAttempts: 5, factor: 3 })).toEqual([500, 1500, 3000, 3000, 3000])
  })

  it('gives an empty schedule (no attempt at all) for maxAttempts 0', () => {
    expect(backoffSchedule({ maxAttempts: 0 })).toEqual([])
  })

  it.each([
    [{ initialDelayMs: -1 }],
    [{ maxDelayMs: 10 }],
    [{ factor: 0.5 }],
    [{ maxAttempts: 2.5 }],
    [{ maxAttempts: -1 }],
    [{ initialDelayMs: Number.NaN }],
  ])('rejects %j with a message naming the rule', (options) => {
    expect(() => backoffSchedule(options)).toThrow(/\[vitrine\/ble\] backoffSchedule: need 0 <= initialDelayMs <= maxDelayMs/)
  })
})
