import { KIOSK_TICK_MS } from '../core/kiosk/kioskDefaults'
import { isKioskCache } from '../core/kiosk/kioskCaches'
import { handoffAfterWipe, type KioskHandoff } from '../core/kiosk/kioskHandoff'
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
import { storageLeftovers } from './wipe/storageLeftovers'

/** Events that count as someone using the screen. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const

export interface KioskRuntimeHooks {
  /** The attract screen is showing: nobody uses the kiosk (catalog checks, updates). */
  onIdle?: () => void
  /** A wipe failed somewhere (the page then reloads: fresh memory, and a start that wipes again). */
  onWipeFailed?: (report: WipeReport) => void
  /**
   * After a clean wipe: replaces this page with a fresh one that continues from `handoff`, so
   * nothing of the visit can outlive it in this page's memory. Resolves `true` once the next page
   * is on its way (this one stays on the wipe screen until it is replaced), `false` when it cannot
   * load (this page then shows the attract loop itself).
   */
  handOff?: (handoff: KioskHandoff) => Promise<boolean>
}

/** How this page made sure no visitor's storage was left when it started. */
export interface StartCheck {
  /**
   * `start`: a start of its own (launcher, crash, power cut, a failed wipe): storage wiped.
   * `handoff`: the page before wiped and verified before handing over; this one checks it
   * found storage empty, and wipes only if not.
   */
  kind: 'start' | 'handoff'
  /** Visitor storage found when this page started (before it wiped anything). */
  leftovers: string[]
}

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
  /** Set once this page's start-up storage check is done. */
  startCheck: StartCheck | undefined
  readonly stats: KioskStatsRecorder
  private faceSession: FaceSession | undefined
  /** Every camera track opened since the last wipe (the wipe checks each one ended). */
  private readonly cameraTracks = new Set<MediaStreamTrack>()
  private sessionData: SessionDataRegistry | undefined
  private readonly sensor: PresenceSensor | undefined
  private readonly cleanup: (() => void)[] = []
  private readonly statusListeners = new Set<() => void>()

  /**
   * `resumed`: the handoff of the page that ended the last visit (see kioskHandoff): this page
   * continues its counts and its wipe report, and is not a start of its own.
   */
  constructor(
    readonly config: KioskConfig,
    private readonly notices: Readonly<Record<ConsentPurpose, ConsentNotice>>,
    private readonly hooks: KioskRuntimeHooks = {},
    private readonly now: () => number = () => performance.now(),
    readonly resumed?: KioskHandoff,
  ) {
    this.machine = new KioskMachine(config, now(), undefined, resumed)
    this.ledger = new ConsentLedger(notices)
    this.stats = new KioskStatsRecorder(Date.now(), resumed?.visits)
    this.lastWipe = resumed?.lastWipe
    if (config.presence === 'camera') {
      this.sensor = new PresenceSensor({
        onFace: (found) => this.machine.dispatch({ type: 'face', found, at: this.now() }),
        onStatus: (status) => {
          const track = this.sensor?.track
          if (track) this.cameraTracks.add(track)
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
      cameraTracks: () => [...this.cameraTracks],
      ledger: () => this.ledger,
    })
    this.cleanup.push(
      () => ACTIVITY_EVENTS.forEach((type) => window.removeEventListener(type, onActivity, { capture: true })),
      () => clearInterval(timer),
      unsubscribe,
      unregister,
      () => this.sensor?.dispose(),
    )
    void (this.resumed ? this.stats.resume() : this.stats.boot())
    void this.checkStorageAtStart()
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
    if (!session) return
    const note = () => {
      const track = session.camera.track
      if (track) this.cameraTracks.add(track)
    }
    note()
    session.camera.subscribe(note)
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

  /** The state of every camera track opened since the last wipe (tests check the wipe ends them). */
  get cameraTrackStates(): MediaStreamTrackState[] {
    return [...this.cameraTracks].map((track) => track.readyState)
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
    if (state.phase === 'session' && previous.phase !== 'countdown') {
      // The choice is made: presence checks end. When the visit's end hands over to a fresh page,
      // this page has no attract screen left to show: the detector goes too (its worker, wasm and
      // model), rather than compete with the try-on's tracker if it was still loading.
      if (this.hooks.handOff) this.sensor?.dispose()
      else this.sensor?.stop()
    }
    if (state.phase === 'wiping') void this.wipe()
    if (state.phase === 'attract') this.enterAttract()
    if (state.sessionsStarted !== previous.sessionsStarted) this.stats.update(state, undefined)
  }

  private enterAttract(): void {
    void this.sensor?.start()
    this.hooks.onIdle?.()
  }

  /**
   * A visit cut short (power cut, crash) may have left storage behind: a start wipes before the
   * first visitor. A page handed over to after a wipe checks instead (the page before it wiped and
   * verified), and wipes only what it finds.
   */
  private async checkStorageAtStart(): Promise<void> {
    const kind = this.resumed ? 'handoff' : 'start'
    const leftovers = await storageLeftovers().catch((error: Error) => [`storage could not be read: ${error.message}`])
    if (kind === 'start' || leftovers.length > 0) await wipeSiteStorage(isKioskCache).catch(() => undefined)
    if (kind === 'handoff' && leftovers.length > 0) console.error('[vitrine/kiosk] storage was left after a handed-over wipe; wiped now', leftovers)
    this.startCheck = { kind, leftovers }
  }

  private async wipe(): Promise<void> {
    // Let React take the shopper app down first (its effects stop the camera too).
    await new Promise((resolve) => setTimeout(resolve, 0))
    // The shopper app's memory (ranker, mood model, gaze looks) went with its React tree; its
    // registry is not wiped here, as its browser-storage holder would also drop the offline caches.
    const report = await sessionWipers.wipeAll(this.now)
    this.cameraTracks.clear()
    this.sessionData = undefined
    this.faceSession = undefined
    this.lastWipe = report
    const failed = report.failed.length > 0
    if (!failed && this.hooks.handOff) {
      // A fresh page takes over: this one stays on the wipe screen until it is replaced.
      const handoff = handoffAfterWipe(this.machine.getState(), report)
      this.stats.handedOff(handoff.visits, Date.now())
      await this.stats.flushed()
      if (await this.hooks.handOff(handoff).catch(() => false)) return
    }
    this.machine.dispatch({ type: 'wiped', at: this.now() })
    this.stats.update(this.machine.getState(), Date.now(), failed)
    if (failed) this.hooks.onWipeFailed?.(report)
  }
}
