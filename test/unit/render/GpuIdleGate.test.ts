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

  it('after a WebGPU draw, opens only once the GPU is done and two animation frames have passed', async () => {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    try {
      let gpuDone: () => void = () => undefined
      const device = { queue: { onSubmittedWorkDone: () => new Promise<void>((resolve) => (gpuDone = resolve)) } }
      const gate = new GpuIdleGate()
      gate.arm()
      let opened = false
      void gate.wait()!.then(() => (opened = true))
      gate.drawn({ backend: { device } })
      const settle = () => new Promise((resolve) => setTimeout(resolve, 1))
      await settle()
      expect(frames).toHaveLength(0) // the GPU is still drawing
      gpuDone()
      await settle()
      frames.shift()!(0) // the frame that shows the new picture: the compositor draws it next
      await settle()
      expect(opened).toBe(false)
      frames.shift()!(16)
      await settle()
      expect(opened).toBe(true)
    } finally {
      vi.unstubAllGlobals()
    }
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
