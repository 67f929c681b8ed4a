import { describe, expect, it } from 'vitest'
import { HeartRateSession } from '../../../../../src/core/signals/ble/HeartRateSession'

const hex = (text: string) => new DataView(Uint8Array.from(text.split(' ').map((b) => Number.parseInt(b, 16))).buffer)
/** 72 bpm, contact, RR 853/1024 s (833 ms) and 871/1024 s (850.6 ms). */
const STEADY = '16 48 55 03 67 03'

describe('HeartRateSession', () => {
  it('turns a packet into a sample for listeners, and feeds its RR intervals to the HRV window', () => {
    const session = new HeartRateSession()
    const seen: unknown[] = []
    session.subscribe((sample) => seen.push(sample))
    const sample = session.ingest(hex('16 48 54 01 EC 02'), 12.5)
    expect(sample).toEqual({ atSec: 12.5, bpm: 72, contact: 'contact', rrIntervalsMs: [340 * (1000 / 1024), 748 * (1000 / 1024)] })
    expect(seen).toEqual([sample])
    expect(session.latest).toBe(sample)
    expect(session.packets).toBe(1)
    expect(session.hrv.read().beats + session.hrv.read().rejected).toBe(2)
  })

  it('counts a malformed packet, keeps its reason, and goes on with the next one', () => {
    const session = new HeartRateSession()
    const seen: number[] = []
    session.subscribe((sample) => seen.push(sample.bpm))
    expect(session.ingest(hex('00'), 1)).toBeUndefined()
    expect(session.badPackets).toBe(1)
    expect(session.lastError).toMatch(/^\[vitrine\/signals\] bad heart rate measurement \(too-short\)/)
    expect(session.ingest(hex(STEADY), 2)?.bpm).toBe(72)
    expect(seen).toEqual([72])
    expect(session.packets).toBe(1)
  })

  it('keeps RR intervals out of HRV when the sensor reports no skin contact', () => {
    const session = new HeartRateSession()
    session.ingest(hex('14 00 55 03 67 03'), 1) // contact supported, not detected
    expect(session.hrv.read().beats + session.hrv.read().rejected).toBe(0)
    expect(session.latest?.contact).toBe('no-contact')
  })

  it('keeps a bpm history, oldest first, dropping the oldest past its capacity', () => {
    const session = new HeartRateSession({ historyCapacity: 3 })
    for (let i = 0; i < 5; i++) session.ingest(hex(`00 ${(60 + i).toString(16)}`), i)
    expect(session.history()).toEqual([
      { atSec: 2, bpm: 62 },
      { atSec: 3, bpm: 63 },
      { atSec: 4, bpm: 64 },
    ])
  })

  it('computes HRV across packets', () => {
    const session = new HeartRateSession()
    for (let i = 0; i < 5; i++) session.ingest(hex(STEADY), i)
    const hrv = session.hrv.read()
    expect(hrv.beats).toBe(10)
    // Alternating 833.0 / 850.6 ms: every successive difference is 17.58 ms.
    expect(hrv.rmssdMs).toBeCloseTo(18 * (1000 / 1024), 6)
  })

  it('a throwing listener does not stop the others or the stream', async () => {
    const session = new HeartRateSession()
    const seen: number[] = []
    const reported: unknown[] = []
    const onError = (error: unknown) => reported.push(error)
    process.on('uncaughtException', onError)
    session.subscribe(() => {
      throw new Error('listener bug')
    })
    session.subscribe((sample) => seen.push(sample.bpm))
    session.ingest(hex(STEADY), 1)
    session.ingest(hex(STEADY), 2)
    await new Promise((resolve) => setImmediate(resolve))
    process.off('uncaughtException', onError)
    expect(seen).toEqual([72, 72])
    expect(reported).toHaveLength(2)
  })

  it('reset() forgets readings, counts, history and HRV but keeps listeners', () => {
    const session = new HeartRateSession()
    const seen: number[] = []
    session.subscribe((sample) => seen.push(sample.bpm))
    session.ingest(hex(STEADY), 1)
    session.ingest(hex('00'), 2)
    session.reset()
    expect(session).toMatchObject({ packets: 0, badPackets: 0, lastError: undefined, latest: undefined })
    expect(session.history()).toEqual([])
    expect(session.hrv.read().beats).toBe(0)
    session.ingest(hex(STEADY), 3)
    expect(seen).toEqual([72, 72])
  })

  it('rejects a history capacity below 1', () => {
    expect(() => new HeartRateSession({ historyCapacity: 0 })).toThrow('[vitrine/ble] HeartRateSession: historyCapacity must be a whole number >= 1 (got 0)')
  })
})
