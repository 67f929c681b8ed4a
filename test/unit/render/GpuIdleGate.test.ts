import { afterEach, describe, expect, it, vi } from 'vitest'
import { GPU_IDLE_GATE_TIMEOUT_MS, GpuIdleGate } from '../../../src/render/GpuIdleGate'

afterEach(() => vi.useRealTimers())

describe('GpuIdleGate', () => {
  it('lets the tracker go at once when no redraw is pending', () => {
    expect(new GpuIdleGate().wait()).toBeUndefined()
  })

  it('holds until the redraw is done', async () => {
    const gate = new GpuIdleGate()
    gate.arm()
    const waiting = gate.wait()!
    let opened = false
    void waiting.then(() => (opened = true))
    await Promise.resolve()
    expect(opened).toBe(false)
    gate.drawn({}) // a renderer without a known backend counts as done once submitted
    await waiting
    expect(opened).toBe(true)
    expect(gate.wait()).toBeUndefined()
  })

  it('never holds longer than its timeout when no draw comes', async () => {
    vi.useFakeTimers()
    const gate = new GpuIdleGate()
    gate.arm()
    const waiting = gate.wait()!
    vi.advanceTimersByTime(GPU_IDLE_GATE_TIMEOUT_MS)
    await expect(waiting).resolves.toBeUndefined()
    expect(gate.wait()).toBeUndefined()
  })
})
