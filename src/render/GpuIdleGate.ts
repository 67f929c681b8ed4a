/** Longest the gate holds the tracker back, milliseconds: a draw that never comes must not stall it. */
export const GPU_IDLE_GATE_TIMEOUT_MS = 100

/**
 * Tells the tracker when the GPU work of the last redraw is finished (see FaceTracker.sendGate).
 * `arm()` when a redraw is requested, `drawn(renderer)` right after it is submitted; `wait()`
 * resolves once that work is done and two animation frames have passed (the compositor's drawing
 * of the new picture, ~25 ms on a software GPU, is then over instead of competing with the model:
 * see docs/vision/FaceTracker.md, "Send gate"), at once when nothing is pending, and after
 * {@link GPU_IDLE_GATE_TIMEOUT_MS} at the latest.
 */
export class GpuIdleGate {
  private pending: Promise<void> | undefined
  private open: (() => void) | undefined

  arm(): void {
    if (this.pending) return
    this.pending = new Promise<void>((resolve) => {
      this.open = resolve
    })
    const open = this.open
    setTimeout(() => this.release(open), GPU_IDLE_GATE_TIMEOUT_MS) // a draw that never comes
  }

  private release(open: (() => void) | undefined): void {
    if (!open) return
    if (this.open === open) {
      this.pending = undefined
      this.open = undefined
    }
    open()
  }

  /** Call right after the draw was submitted. */
  drawn(renderer: unknown): void {
    const open = this.open
    if (!open) return
    const release = () => this.release(open)
    const backend = (renderer as { backend?: { device?: GPUDevice; gl?: WebGL2RenderingContext } }).backend
    // The compositor draws the new picture after the next animation frame: let that draw end too.
    const afterPresent = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(release, 0)))
    if (backend?.device) {
      backend.device.queue.onSubmittedWorkDone().then(afterPresent, afterPresent)
    } else if (backend?.gl) {
      waitForFence(backend.gl, afterPresent)
    } else {
      release()
    }
  }

  wait(): Promise<void> | undefined {
    return this.pending
  }
}

/** Polls a WebGL2 fence without blocking the main thread. */
function waitForFence(gl: WebGL2RenderingContext, done: () => void): void {
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
  if (!sync) return done()
  gl.flush()
  const poll = () => {
    const status = gl.clientWaitSync(sync, 0, 0)
    if (status === gl.TIMEOUT_EXPIRED) {
      setTimeout(poll, 2)
      return
    }
    gl.deleteSync(sync)
    done()
  }
  poll()
}
