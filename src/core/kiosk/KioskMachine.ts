import type { KioskEvent, KioskState } from './kioskTypes'
import { initialKioskState, kioskTransition, type KioskResume, type KioskTiming } from './kioskTransition'
import { PresenceDebouncer } from './PresenceDebouncer'

type Listener = (state: KioskState, previous: KioskState) => void

/**
 * The kiosk loop (attract → consent → session → countdown → wipe → attract) as a vanilla store:
 * time comes in with every event, so it runs and is tested without timers. Face checks are
 * debounced here ({@link PresenceDebouncer}); everything else is {@link kioskTransition}.
 */
export class KioskMachine {
  private state: KioskState
  private readonly listeners = new Set<Listener>()

  /**
   * `resume`: this page continues the count of the page that ended the last visit (see
   * kioskHandoff); someone standing there as it ended counts as present, as if just seen.
   */
  constructor(
    private readonly timing: KioskTiming,
    at: number,
    private readonly presence: PresenceDebouncer = new PresenceDebouncer(),
    resume?: KioskResume,
  ) {
    if (!(timing.idleMs > 0) || !(timing.countdownMs > 0)) {
      throw new RangeError(`[vitrine/kiosk] KioskMachine: idleMs and countdownMs must be > 0 ms, got ${timing.idleMs} and ${timing.countdownMs}`)
    }
    this.state = initialKioskState(at, resume)
    if (resume?.present) presence.assumePresent(at)
  }

  getState(): KioskState {
    return this.state
  }

  /** Whole seconds left on the countdown at `at` (rounded up); 0 outside the countdown. */
  secondsLeft(at: number): number {
    const ends = this.state.countdownEndsAt
    return this.state.phase === 'countdown' && ends !== undefined ? Math.max(0, Math.ceil((ends - at) / 1000)) : 0
  }

  dispatch(event: KioskEvent): void {
    const next =
      event.type === 'face'
        ? kioskTransition(this.state, { type: 'presence', present: this.presence.update(event.found, event.at), at: event.at }, this.timing)
        : kioskTransition(this.state, event, this.timing)
    if (next === this.state) return
    const previous = this.state
    this.state = next
    for (const listener of this.listeners) listener(next, previous)
  }

  /** Adds a listener (called with the new and the previous state); returns its removal. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
