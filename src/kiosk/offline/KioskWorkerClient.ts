import type { KioskWorkerMessage } from './kioskWorkerMessage'

/** The service worker's URL (built by kiosk/build/kioskServiceWorkerPlugin.ts). */
export const KIOSK_WORKER_URL = '/kiosk-sw.js'

/**
 * The kiosk page's side of the offline worker: registers it (scope `/`, so the app's own workers
 * are covered too), asks for catalog checks, and lets a new build take over. Both happen only
 * when the page says nobody is using the kiosk (`idle()`), so a visitor never sees the app or
 * the catalog change under them; after a new build takes over, the page reloads.
 */
export class KioskWorkerClient {
  private registration: ServiceWorkerRegistration | undefined
  private reloadPending = false

  constructor(
    private readonly catalogUrl: string,
    private readonly isIdle: () => boolean,
    private readonly onCatalogChecked: (message: Extract<KioskWorkerMessage, { type: 'catalog-checked' }>) => void,
  ) {}

  /** Registers the worker; resolves with an error message instead of throwing. */
  async register(): Promise<string | undefined> {
    if (!('serviceWorker' in navigator)) return 'this browser has no service workers: the kiosk will not work offline'
    const container = navigator.serviceWorker
    const hadController = container.controller !== null
    container.addEventListener('message', (event: MessageEvent<KioskWorkerMessage>) => {
      if (event.data?.type === 'catalog-checked') this.onCatalogChecked(event.data)
    })
    container.addEventListener('controllerchange', () => {
      // The first install claims the page: nothing to reload. A new build taking over does.
      if (!hadController) return
      this.reloadPending = true
      this.whenIdle()
    })
    window.addEventListener('online', () => this.whenIdle())
    try {
      const url = `${KIOSK_WORKER_URL}?catalog=${encodeURIComponent(this.catalogUrl)}`
      this.registration = await container.register(url, { scope: '/', updateViaCache: 'none' })
      return undefined
    } catch (error) {
      return `the offline worker could not be registered: ${error instanceof Error ? error.message : String(error)}`
    }
  }

  /** Call when the kiosk becomes idle (the attract screen): catalog check, pending update, reload. */
  whenIdle(): void {
    if (!this.isIdle()) return
    if (this.reloadPending) return location.reload()
    const registration = this.registration
    if (!registration) return
    if (registration.waiting) {
      registration.waiting.postMessage({ type: 'skip-waiting' } satisfies KioskWorkerMessage)
      return
    }
    void registration.update().catch(() => undefined) // offline: try again next time
    registration.active?.postMessage({ type: 'check-catalog' } satisfies KioskWorkerMessage)
  }
}
