import { describe, expect, it } from 'vitest'
import { countEvent, createArmCounts } from '../../../../src/core/experiments/armCounts'
import { assignArm } from '../../../../src/core/experiments/assignArm'
import { defineExperiment } from '../../../../src/core/experiments/defineExperiment'
import { deviceIdFromBytes } from '../../../../src/core/experiments/deviceIdFromBytes'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

const random = mulberry32(2024)
const devices = Array.from({ length: 20_000 }, () => deviceIdFromBytes(Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256))))
const experiment = (name: string, treatmentWeight = 1) =>
  defineExperiment({ name, arms: [{ name: 'control', weight: 1, personalised: false }, { name: 'ranker', weight: treatmentWeight, personalised: true }] })

describe('assignArm', () => {
  it('gives a device the same arm every time', () => {
    const e = experiment('rail-v1')
    for (const d of devices.slice(0, 200)) expect(assignArm(e, d)).toBe(assignArm(e, d))
    expect(assignArm(e, devices[0]!)).toEqual(assignArm(experiment('rail-v1'), devices[0]!))
  })

  it.each([[1, 0.5], [4, 0.8], [0.25, 0.2]])('splits devices by the weights (treatment weight %s → share %s) within 4 standard errors', (weight, share) => {
    const e = experiment('balance', weight)
    const treated = devices.filter((d) => assignArm(e, d).name === 'ranker').length / devices.length
    expect(Math.abs(treated - share)).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / devices.length))
  })

  it('assigns independently in two experiments', () => {
    const a = experiment('a')
    const b = experiment('b')
    const both = devices.filter((d) => assignArm(a, d).name === 'ranker' && assignArm(b, d).name === 'ranker').length / devices.length
    expect(Math.abs(both - 0.25)).toBeLessThan(4 * Math.sqrt((0.25 * 0.75) / devices.length))
  })

  it('only moves devices into the treatment when its weight is raised', () => {
    const small = experiment('ramp', 0.25)
    const large = experiment('ramp', 1)
    for (const d of devices.slice(0, 2000)) if (assignArm(small, d).name === 'ranker') expect(assignArm(large, d).name).toBe('ranker')
  })

  it('rejects an empty device id', () => {
    expect(() => assignArm(experiment('x'), '')).toThrow(/deviceId/)
  })
})

describe('defineExperiment', () => {
  it('lists every problem at once', () => {
    expect(() => defineExperiment({ name: '', arms: [{ name: 'a', weight: 0, personalised: true }, { name: 'a', weight: 1, personalised: true }] })).toThrow(
      /name must be 1 to 64 characters[\s\S]*arms\[0\]\.weight must be a finite number > 0, found 0[\s\S]*arms\[1\]\.name "a" is used twice[\s\S]*control arm/,
    )
  })
})

describe('deviceIdFromBytes', () => {
  it('writes 32 hex digits from 16 bytes and refuses fewer', () => {
    expect(deviceIdFromBytes(Uint8Array.from({ length: 16 }, (_, i) => i * 17))).toBe('00112233445566778899aabbccddeeff')
    expect(() => deviceIdFromBytes(new Uint8Array(8))).toThrow(/at least 16 random bytes, found 8/)
  })
})

describe('arm counts', () => {
  it('adds events to one arm without touching the input', () => {
    const zero = createArmCounts(experiment('c'))
    const one = countEvent(countEvent(zero, 'ranker', 'impression', 10), 'ranker', 'tryOn', 3)
    expect(zero.ranker).toEqual({ impressions: 0, tryOns: 0, likes: 0, addsToBag: 0 })
    expect(one.ranker).toEqual({ impressions: 10, tryOns: 3, likes: 0, addsToBag: 0 })
    expect(one.control).toBe(zero.control)
    expect(() => countEvent(zero, 'nope', 'tryOn')).toThrow(/no arm "nope" \(arms: control, ranker\)/)
  })
})
