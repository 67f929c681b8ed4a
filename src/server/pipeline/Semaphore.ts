/**
 * At most `size` async sections at once; the rest wait in arrival order. Bounds how many uploads
 * hold their bytes and glTF documents in memory and compete for the CPU at the same time.
 */
export class Semaphore {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(readonly size: number) {
    if (!(size >= 1)) throw new Error(`[vitrine/server] a semaphore needs a size >= 1, got ${size}`)
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    try {
      return await fn()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }
}
