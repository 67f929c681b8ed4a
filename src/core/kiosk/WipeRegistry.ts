/** Destroys one kind of data a visitor left behind (and stops its device, if it has one). */
export type Wiper = () => void | Promise<void>

/** What one run of every wiper did. */
export interface WipeReport {
  /** Names of the wipers that ran, in registration order (failed ones included). */
  ran: string[]
  /** The wipers that threw or rejected, with their message. */
  failed: { name: string; message: string }[]
  /** How long the whole wipe took, ms. */
  durationMs: number
}

/**
 * The wipers a kiosk session's end runs: anything that holds visitor data (the ranker, the mood
 * model, browser storage, a wearable link, the camera) registers one under a unique name and gets
 * back its removal. `wipeAll` runs every one, all of them even when some fail, and reports.
 */
export class WipeRegistry {
  private readonly wipers = new Map<string, Wiper>()

  /** Registers `wiper` as `name`; returns the function that unregisters it. Names are unique. */
  register(name: string, wiper: Wiper): () => void {
    if (!name) throw new Error('[vitrine/kiosk] a wiper needs a name (it is listed in every wipe report)')
    if (this.wipers.has(name)) throw new Error(`[vitrine/kiosk] a wiper named '${name}' is already registered; unregister it first or pick another name`)
    this.wipers.set(name, wiper)
    return () => {
      if (this.wipers.get(name) === wiper) this.wipers.delete(name)
    }
  }

  /** The names registered now, in registration order. */
  names(): string[] {
    return [...this.wipers.keys()]
  }

  /**
   * Runs every wiper registered when the call starts, one after the other (a later one may rely
   * on an earlier one having stopped its device), and never throws: failures are in the report.
   * `now` is a clock in ms (injected so the core stays free of timers).
   */
  async wipeAll(now: () => number): Promise<WipeReport> {
    const started = now()
    const report: WipeReport = { ran: [], failed: [], durationMs: 0 }
    for (const [name, wiper] of [...this.wipers]) {
      report.ran.push(name)
      try {
        await wiper()
      } catch (error) {
        report.failed.push({ name, message: error instanceof Error ? error.message : String(error) })
      }
    }
    report.durationMs = now() - started
    return report
  }
}
