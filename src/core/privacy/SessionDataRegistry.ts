/**
 * One part of the app that holds data about the shopper: it can say what it holds in words,
 * hand it over for export, and destroy it.
 */
export interface SessionDataHolder {
  /** Stable key, used as the export's property name, e.g. 'heartRate'. */
  key: string
  /** What it holds right now, in plain words; null when it holds nothing. */
  describe(): string | null
  /** A JSON-safe copy of what it holds, for the shopper's own export. */
  export(): unknown
  /** Destroys what it holds (and stops its device when it has one). */
  wipe(): void | Promise<void>
}

/**
 * Everything the page holds about the shopper, in one place: the privacy centre lists and exports
 * it, and "Forget all" (or a kiosk session's end) wipes it. `register` returns its unregister.
 */
export class SessionDataRegistry {
  private readonly holders = new Map<string, SessionDataHolder>()

  register(holder: SessionDataHolder): () => void {
    if (this.holders.has(holder.key)) throw new Error(`[vitrine/privacy] a data holder '${holder.key}' is already registered`)
    this.holders.set(holder.key, holder)
    return () => {
      if (this.holders.get(holder.key) === holder) this.holders.delete(holder.key)
    }
  }

  /** What is held now: one line per holder that holds something. */
  describe(): { key: string; text: string }[] {
    const lines: { key: string; text: string }[] = []
    for (const holder of this.holders.values()) {
      const text = holder.describe()
      if (text) lines.push({ key: holder.key, text })
    }
    return lines
  }

  /** Everything held, keyed by holder, with the time of the export. */
  exportAll(now: Date = new Date()): Record<string, unknown> {
    const out: Record<string, unknown> = { exportedAt: now.toISOString() }
    for (const holder of this.holders.values()) out[holder.key] = holder.export()
    return out
  }

  /**
   * Wipes every holder, all of them even when one fails; rejects afterwards naming those that failed.
   */
  async wipeAll(): Promise<void> {
    const failures: string[] = []
    for (const holder of this.holders.values()) {
      try {
        await holder.wipe()
      } catch (error) {
        failures.push(`${holder.key}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    if (failures.length) throw new Error(`[vitrine/privacy] some data could not be wiped: ${failures.join('; ')}`)
  }
}
