import { describe, expect, it } from 'vitest'
import { CapturePacer } from '../../../../src/core/tracking/CapturePacer'

describe('CapturePacer', () => {
  it('captures every frame while the worker is free', () => {
    const pacer = new CapturePacer()
    for (let t = 0; t < 300; t += 33) expect(pacer.shouldCapture(t, false, 0)).toBe(true)
  })

  it('skips frames while a slow worker is busy and captures the one just before it is free', () => {
    const pacer = new CapturePacer()
    pacer.completed(200, 0) // the worker takes 200 ms a frame
    const captured: number[] = []
    for (let t = 0; t <= 198; t += 33) if (pacer.shouldCapture(t, true, 0)) captured.push(t)
    // Frames at 0..165 ms would wait and be replaced; 198 ms is within one frame of 200 ms.
    expect(captured).toEqual([198])
    expect(pacer.skipped).toBe(6)
  })

  it('follows a worker that gets faster', () => {
    const pacer = new CapturePacer()
    pacer.completed(300, 0)
    for (let i = 0; i < 40; i++) pacer.completed(i * 1000 + 30, i * 1000)
    expect(pacer.busyMs).toBeLessThan(35)
    expect(pacer.shouldCapture(10_000, true, 10_000 - 5)).toBe(true)
  })
})
