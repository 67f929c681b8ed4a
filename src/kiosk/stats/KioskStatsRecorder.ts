import type { KioskStats } from '../../core/kiosk/healthTypes'
import { KIOSK_META_KEYS } from '../../core/kiosk/kioskCaches'
import type { KioskState } from '../../core/kiosk/kioskTypes'
import { kioskMeta } from '../offline/kioskMeta'

/**
 * Keeps the health page's counters in the kiosk's own cache (spared by session wipes): when this
 * start began, how many starts, sessions and wipes. Counts and times only.
 */
export class KioskStatsRecorder {
  private stats: KioskStats
  private writing = Promise.resolve()

  /** `visits`: visits so far in this start (a page handed over to after a wipe continues the count). */
  constructor(bootedAt: number, visits = 0) {
    this.stats = { bootedAt, boots: 1, sessionsStarted: visits, wipesDone: visits, wipeFailures: 0, lastWipeAt: undefined }
  }

  /** Counts this start (the number of starts carries over from the previous ones). */
  async boot(): Promise<void> {
    const previous = await kioskMeta.read<KioskStats>(KIOSK_META_KEYS.stats).catch(() => undefined)
    this.stats = { ...this.stats, boots: (previous?.boots ?? 0) + 1 }
    this.save()
  }

  /**
   * A page handed over to after a wipe: not a start of its own. When this start began, the
   * starts, the failed wipes and the last wipe's time carry over from the page before.
   */
  async resume(): Promise<void> {
    const previous = await kioskMeta.read<KioskStats>(KIOSK_META_KEYS.stats).catch(() => undefined)
    if (!previous) return this.boot()
    this.stats = {
      ...this.stats,
      bootedAt: previous.bootedAt,
      boots: previous.boots,
      wipeFailures: previous.wipeFailures + this.stats.wipeFailures,
      lastWipeAt: this.stats.lastWipeAt ?? previous.lastWipeAt,
    }
    this.save()
  }

  /** The visit just wiped cleanly and a fresh page takes over: `visits` started and wiped. */
  handedOff(visits: number, wipedAt: number): void {
    this.stats = { ...this.stats, sessionsStarted: visits, wipesDone: visits, lastWipeAt: wipedAt }
    this.save()
  }

  /** Resolves once every count so far is written. */
  flushed(): Promise<void> {
    return this.writing
  }

  /** Takes the counts from the kiosk's state; `wipeFailed` for a wipe that just ended badly. */
  update(state: KioskState, wipedAt: number | undefined, wipeFailed = false): void {
    this.stats = {
      ...this.stats,
      sessionsStarted: state.sessionsStarted,
      wipesDone: state.wipesDone,
      wipeFailures: this.stats.wipeFailures + (wipeFailed ? 1 : 0),
      lastWipeAt: wipedAt ?? this.stats.lastWipeAt,
    }
    this.save()
  }

  get current(): KioskStats {
    return this.stats
  }

  private save(): void {
    const snapshot = this.stats
    // In order, one at a time: a later count never lands before an earlier one.
    this.writing = this.writing.then(() => kioskMeta.write(KIOSK_META_KEYS.stats, snapshot)).catch(() => undefined)
  }
}
