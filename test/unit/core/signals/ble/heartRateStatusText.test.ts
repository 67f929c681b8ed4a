import { describe, expect, it } from 'vitest'
import { heartRateStatusText } from '../../../../../src/core/signals/ble/heartRateStatusText'
import type { HeartRateMonitorState } from '../../../../../src/core/signals/ble/heartRateTypes'

const IDLE: HeartRateMonitorState = {
  status: 'idle', problem: undefined, deviceName: undefined, reading: undefined, batteryPercent: undefined, bodyLocation: undefined,
  reconnectAttempt: 0, reconnectAttempts: 6, packets: 0, rmssdMs: Number.NaN, hrvBeats: 0, badPackets: 0, lastPacketError: undefined,
}
const state = (patch: Partial<HeartRateMonitorState>): HeartRateMonitorState => ({ ...IDLE, ...patch })
const reading = (bpm: number, contact: 'contact' | 'no-contact' | 'unsupported') => ({ atSec: 1, bpm, rrIntervalsMs: [], contact })

describe('heartRateStatusText', () => {
  it('offers to connect when idle', () => {
    expect(heartRateStatusText(IDLE)).toMatchObject({ line: 'Not connected.', details: [], warning: undefined, action: 'connect' })
  })

  it('shows bpm with the contact state', () => {
    expect(heartRateStatusText(state({ status: 'connected', reading: reading(72, 'contact') })).line).toBe('72 bpm · skin contact')
    expect(heartRateStatusText(state({ status: 'connected', reading: reading(0, 'no-contact') })).line).toBe('0 bpm · no skin contact')
    expect(heartRateStatusText(state({ status: 'connected', reading: reading(64, 'unsupported') })).line).toBe('64 bpm')
  })

  it('says it waits for the first reading once connected, naming the sensor', () => {
    expect(heartRateStatusText(state({ status: 'connected', deviceName: 'Polar H10' })).line).toBe('Connected to Polar H10. Waiting for the first reading…')
  })

  it('lists battery, location, readings and HRV while connected, and offers to disconnect', () => {
    const text = heartRateStatusText(state({ status: 'connected', reading: reading(72, 'contact'), batteryPercent: 85, bodyLocation: 'chest', packets: 12, rmssdMs: 41.6, hrvBeats: 20 }))
    expect(text.details).toEqual(['Battery 85 %', 'Worn on the chest', '12 readings this session', 'HRV (RMSSD) 42 ms over 20 beats'])
    expect(text.action).toBe('disconnect')
  })

  it('shows the reconnection attempt out of the total', () => {
    expect(heartRateStatusText(state({ status: 'reconnecting', deviceName: 'Polar H10', reconnectAttempt: 2 })).line).toBe(
      'Lost the link to Polar H10. Reconnecting (attempt 2 of 6)…',
    )
  })

  it('warns about ignored packets with a readable reason, without the library prefix', () => {
    const text = heartRateStatusText(
      state({
        status: 'connected', reading: reading(72, 'contact'), badPackets: 1,
        lastPacketError: '[vitrine/signals] bad heart rate measurement (too-short): need flags and an 8-bit heart rate at byte offset 0 (needs 2 bytes, packet is 1 byte)',
      }),
    )
    expect(text.warning).toBe(
      'Ignored 1 unreadable reading from the sensor (last: bad heart rate measurement (too-short): need flags and an 8-bit heart rate at byte offset 0 (needs 2 bytes, packet is 1 byte)).',
    )
    expect(text.line).toBe('72 bpm · skin contact')
  })

  it('gives the problem message for problem states, and a way forward where one exists', () => {
    const cancelled = heartRateStatusText(state({ status: 'cancelled', problem: { code: 'cancelled', message: 'No sensor was chosen.' } }))
    expect(cancelled).toMatchObject({ line: 'No sensor was chosen.', action: 'connect' })
    expect(heartRateStatusText(state({ status: 'unsupported', problem: { code: 'no-web-bluetooth', message: 'x' } })).action).toBe('none')
    expect(heartRateStatusText(state({ status: 'unsupported', problem: { code: 'no-adapter', message: 'x' } })).action).toBe('connect')
  })

  it('says the data was deleted once stopped, and shows no stale figures', () => {
    const text = heartRateStatusText(state({ status: 'stopped', batteryPercent: 80, packets: 3 }))
    expect(text).toMatchObject({ line: "Disconnected. This session's heart-rate data was deleted.", details: [], action: 'connect' })
  })
})
