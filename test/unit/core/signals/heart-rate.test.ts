import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../../../src/core/random/mulberry32'
import { HeartRateParseError, parseHeartRateMeasurement } from '../../../../src/core/signals/heart-rate'

function packet(hex: string): DataView {
  const bytes = hex.trim() === '' ? [] : hex.trim().split(/\s+/).map((b) => parseInt(b, 16))
  return new DataView(new Uint8Array(bytes).buffer)
}

function parseError(hex: string): HeartRateParseError {
  try {
    parseHeartRateMeasurement(packet(hex))
  } catch (error) {
    if (error instanceof HeartRateParseError) return error
    throw error
  }
  throw new Error(`expected ${hex} to be rejected`)
}

const rr = (raw: number) => (raw * 1000) / 1024

describe('parseHeartRateMeasurement', () => {
  it('decodes uint8 bpm, contact, energy and two RR intervals', () => {
    expect(parseHeartRateMeasurement(packet('1E 46 EE 02 7A 03 66 03'))).toEqual({
      bpm: 70,
      contact: 'contact',
      energyExpendedKj: 750,
      rrIntervalsMs: [rr(890), rr(870)],
    })
  })

  it('decodes RR intervals without energy expended', () => {
    const m = parseHeartRateMeasurement(packet('16 48 54 01 EC 02'))
    expect(m).toEqual({ bpm: 72, contact: 'contact', rrIntervalsMs: [rr(340), rr(748)] })
    expect(m).not.toHaveProperty('energyExpendedKj')
  })

  it('decodes the largest uint8 bpm with contact unsupported', () => {
    expect(parseHeartRateMeasurement(packet('00 FF'))).toEqual({ bpm: 255, contact: 'unsupported', rrIntervalsMs: [] })
  })

  it('decodes a little-endian uint16 bpm', () => {
    expect(parseHeartRateMeasurement(packet('01 80 80')).bpm).toBe(32896)
  })

  it('decodes zero bpm and maximum energy expended', () => {
    const m = parseHeartRateMeasurement(packet('09 00 00 FF FF'))
    expect(m.bpm).toBe(0)
    expect(m.energyExpendedKj).toBe(65535)
  })

  it.each([
    ['00 50', 'unsupported'],
    ['02 50', 'unsupported'],
    ['04 50', 'no-contact'],
    ['06 50', 'contact'],
  ])('maps contact bits of %s to %s', (hex, contact) => {
    expect(parseHeartRateMeasurement(packet(hex)).contact).toBe(contact)
  })

  it('ignores a trailing odd byte after RR intervals', () => {
    expect(parseHeartRateMeasurement(packet('10 48 00 04 01')).rrIntervalsMs).toEqual([1000])
  })

  it('returns no RR intervals when the flag is set but none fit', () => {
    expect(parseHeartRateMeasurement(packet('10 48 07')).rrIntervalsMs).toEqual([])
  })

  it('reads from a DataView that starts inside a larger buffer', () => {
    const buffer = new Uint8Array([0xaa, 0xbb, 0x00, 0x3c, 0xcc]).buffer
    expect(parseHeartRateMeasurement(new DataView(buffer, 2, 2)).bpm).toBe(60)
  })

  it('rejects an empty packet as too short', () => {
    const e = parseError('')
    expect(e.code).toBe('too-short')
    expect(e.message).toContain('byte offset 0')
    expect(e.message).toContain('packet is 0 bytes')
  })

  it('rejects a flags-only packet as too short', () => {
    const e = parseError('00')
    expect(e).toMatchObject({ code: 'too-short', offset: 0, needed: 2, byteLength: 1 })
    expect(e.name).toBe('HeartRateParseError')
  })

  it('rejects a half 16-bit heart rate', () => {
    const e = parseError('01 80')
    expect(e).toMatchObject({ code: 'truncated-value', offset: 1, needed: 2, byteLength: 2 })
    expect(e.message).toContain('byte offset 1 (needs 2 bytes, packet is 2 bytes)')
  })

  it('rejects missing or half energy expended', () => {
    expect(parseError('08 46')).toMatchObject({ code: 'truncated-energy', offset: 2, byteLength: 2 })
    expect(parseError('09 46 00 EE')).toMatchObject({ code: 'truncated-energy', offset: 3, byteLength: 4 })
  })

  it('rejects reserved flag bits', () => {
    const e = parseError('20 46')
    expect(e.code).toBe('reserved')
    expect(e.message).toContain('0x20')
  })

  it('either parses or throws HeartRateParseError for 100,000 random packets', () => {
    const random = mulberry32(0x2a37)
    let parsed = 0
    let rejected = 0
    for (let i = 0; i < 100_000; i++) {
      const bytes = new Uint8Array(Math.floor(random() * 21))
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256)
      try {
        const m = parseHeartRateMeasurement(new DataView(bytes.buffer))
        expect(Number.isInteger(m.bpm) && m.bpm >= 0 && m.bpm <= 65535).toBe(true)
        for (const value of m.rrIntervalsMs) expect(Number.isFinite(value) && value >= 0).toBe(true)
        parsed++
      } catch (error) {
        if (!(error instanceof HeartRateParseError)) throw error
        rejected++
      }
    }
    expect(parsed).toBeGreaterThan(1000)
    expect(rejected).toBeGreaterThan(1000)
  })
})
