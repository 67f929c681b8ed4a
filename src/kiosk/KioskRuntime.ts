import { KIOSK_TICK_MS } from '../core/kiosk/kioskDefaults'
import { isKioskCache } from '../core/kiosk/kioskCaches'
import { KioskMachine } from '../core/kiosk/KioskMachine'
import type { KioskConfig, KioskState } from '../core/kiosk/kioskTypes'
import { sessionWipers } from '../core/kiosk/sessionWipers'
import { tickFaceSample } from '../core/kiosk/tickFaceSample'
import type { WipeReport } from '../core/kiosk/WipeRegistry'
import { ConsentLedger } from '../core/privacy/ConsentLedger'
import type { ConsentNotice, ConsentPurpose } from '../core/privacy/consentTypes'
import type { SessionDataRegistry } from '../core/privacy/SessionDataRegistry'
import { wipeSiteStorage } from '../platform/wipeSiteStorage'
import type { FaceSession } from '../vision/FaceSession'
import { PresenceSensor, type PresenceStatus } from './presence/PresenceSensor'
import { KioskStatsRecorder } from './stats/KioskStatsRecorder'
import { registerKioskWipers } from './wipe/registerKioskWipers'

/** Events that count as someone using the screen. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const

/**
 * The kiosk's imperative shell around {@link KioskMachine}: the clock, touches, the presence
 * sources (the presence sensor on the attract and consent screens, the try-on's own tracking once
 * the visitor allowed the camera), one consent ledger per visitor, and the wipe at every session's
 * end. React screens read `machine` and call `consent`, `end` and the `host` callbacks.
 */
export class KioskRuntime {
  readonly machine: KioskMachine
  /** The current visitor's ledger: new for every visitor, cleared by the wipe. */
  ledger: ConsentLedger
  presenceStatus: PresenceStatus = 'idle'
  lastWipe: WipeReport | undefined
  readonly stats: KioskStatsRecorder
  private faceSession: FaceSession | undefined
  private sessionData: SessionDataRegistry | undefined
  private readonly sensor: PresenceSensor | undefined
  private readonly cleanup: (() => void)[] = []
  private readonly statusListeners = new Set<() => void>()

  constructor(
    readonly config: KioskConfig,
    private readonly notices: Readonly<Record<ConsentPurpose, ConsentNotice>>,
    private readonly hooks: { onIdle?: () => void; onWipeFailed?: (report: WipeReport) => void } = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.machine = new KioskMachine(config, now())
    this.ledger = new ConsentLedger(notices)
    this.stats = new KioskStatsRecorder(Date.now())
    if (config.presence === 'camera') {
      this.sensor = new PresenceSensor({
        onFace: (found) => this.machine.dispatch({ type: 'face', found, at: this.now() }),
        onStatus: (status) => {
          this.presenceStatus = status
          for (const listener of this.statusListeners) listener()
        },
      })
    }
  }

  /** Starts listening, ticking and looking; returns nothing, `dispose` undoes it all. */
  start(): void {
    const onActivity = () => this.machine.dispatch({ type: 'touch', at: this.now() })
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true })
    const timer = setInterval(() => this.tick(), KIOSK_TICK_MS)
    const unsubscribe = this.machine.subscribe((state, previous) => this.onChange(state, previous))
    const unregister = registerKioskWipers(sessionWipers, {
      faceSession: () => this.faceSession,
      stopPresenceCamera: () => this.sensor?.stop(),
      ledger: () => this.ledger,
    })
    this.cleanup.push(
      () => ACTIVITY_EVENTS.forEach((type) => window.removeEventListener(type, onActivity, { capture: true })),
      () => clearInterval(timer),
      unsubscribe,
      unregister,
      () => this.sensor?.dispose(),
    )
    void this.stats.boot()
    // A visit cut short (power cut, crash) may have left storage behind: clean before the first visitor.
    void wipeSiteStorage(isKioskCache).catch(() => undefined)
    this.enterAttract()
  }

  dispose(): void {
    for (const undo of this.cleanup.splice(0)) undo()
  }

  /** The visitor agreed; with `camera`, the camera notice's release is recorded and the try-on starts. */
  consent(camera: boolean): void {
    if (camera) this.ledger.grant('camera')
    this.machine.dispatch({ type: 'consented', at: this.now() })
  }

  /** Declined, or End pressed: the session is wiped now. */
  end(): void {
    this.machine.dispatch({ type: 'end', at: this.now() })
  }

  /** Callbacks for the embedded shopper app (see ui/AppHost). */
  readonly onFaceSession = (session: FaceSession | undefined): void => {
    this.faceSession = session
  }

  readonly onSessionData = (registry: SessionDataRegistry): void => {
    this.sessionData = registry
  }

  /** What the shopper app says it holds now (tests check a new visitor starts with nothing). */
  get currentSessionData(): SessionDataRegistry | undefined {
    return this.sessionData
  }

  get currentFaceSession(): FaceSession | undefined {
    return this.faceSession
  }

  get presenceTrack(): MediaStreamTrack | undefined {
    return this.sensor?.track
  }

  subscribePresenceStatus(listener: () => void): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  /** Each tick: the face check the try-on (or the lack of any camera) gives, then the timers. */
  private tick(): void {
    const at = this.now()
    const sensorOn = this.presenceStatus === 'running' || this.presenceStatus === 'starting'
    const found = tickFaceSample(this.machine.getState(), this.faceSession?.state, sensorOn)
    if (found !== undefined) this.machine.dispatch({ type: 'face', found, at })
    this.machine.dispatch({ type: 'tick', at })
  }

  private onChange(state: KioskState, previous: KioskState): void {
    if (state.sessionId !== previous.sessionId) this.ledger = new ConsentLedger(this.notices)
    if (state.phase === previous.phase) return
    if (state.phase === 'session' && previous.phase !== 'countdown') this.sensor?.stop() // the choice is made: presence checks end
    if (state.phase === 'wiping') void this.wipe()
    if (state.phase === 'attract') this.enterAttract()
    if (state.sessionsStarted !== previous.sessionsStarted) this.stats.update(state, undefined)
  }

  private enterAttract(): void {
    void this.sensor?.start()
    this.hooks.onIdle?.()
  }

  private async wipe(): Promise<void> {
    // Let React take the shopper app down first (its effects stop the camera too).
    await new Promise((resolve) => setTimeout(resolve, 0))
    // The shopper app's memory (ranker, mood model, gaze looks) went with its React tree; its
    // registry is not wiped here, as its browser-storage holder would also drop the offline caches.
    const report = await sessionWipers.wipeAll(this.now)
    this.sessionData = undefined
    this.faceSession = undefined
    this.lastWipe = report
    this.machine.dispatch({ type: 'wiped', at: this.now() })
    this.stats.update(this.machine.getState(), Date.now(), report.failed.length > 0)
    if (report.failed.length > 0) this.hooks.onWipeFailed?.(report)
  }
}
