import { describe, expect, it } from 'vitest'
import { readKioskConfig } from '../../../../src/core/kiosk/readKioskConfig'

describe('readKioskConfig', () => {
  it('uses 45 s idle, a 10 s countdown, camera presence and offline support by default', () => {
    expect(readKioskConfig('')).toEqual({
      config: { idleMs: 45_000, countdownMs: 10_000, presence: 'camera', offline: true, hooks: false },
      problems: [],
    })
  })

  it('reads seconds (decimals too), touch presence, offline=off and hooks', () => {
    const { config, problems } = readKioskConfig('?idle=2.5&countdown=3&presence=touch&offline=off&hooks')
    expect(config).toEqual({ idleMs: 2500, countdownMs: 3000, presence: 'touch', offline: false, hooks: true })
    expect(problems).toEqual([])
  })

  it('never stops the kiosk on a bad value: the default is used and the problem is said', () => {
    const { config, problems } = readKioskConfig('?idle=soon&countdown=0&presence=radar&offline=maybe')
    expect(config).toMatchObject({ idleMs: 45_000, countdownMs: 10_000, presence: 'camera', offline: true })
    expect(problems).toEqual([
      '?idle=soon was ignored: expected seconds from 1 to 3600; using 45 s',
      '?countdown=0 was ignored: expected seconds from 1 to 60; using 10 s',
      '?presence=radar was ignored: expected camera or touch; using camera',
      '?offline=maybe was ignored: expected on or off; using on',
    ])
  })

  it('rejects an empty or too long idle time', () => {
    expect(readKioskConfig('?idle=').problems).toHaveLength(1)
    expect(readKioskConfig('?idle=7200').config.idleMs).toBe(45_000)
  })
})
