import type { CatalogCheck, CatalogPointer, CatalogUpdateOutcome } from '../../src/core/kiosk/catalogTypes'
import { KIOSK_META_KEYS } from '../../src/core/kiosk/kioskCaches'
import { updateCatalog } from '../../src/core/kiosk/updateCatalog'
import { kioskMeta } from '../../src/kiosk/offline/kioskMeta'
import { CATALOG_FALLBACKS } from '../../src/ui/appOptions'
import { cacheCatalogPort } from './cacheCatalogPort'

/**
 * The service worker's view of the installed catalog: the pointer (read once, then kept in
 * memory and replaced on every swap) and one catalog check at a time.
 */
export class CatalogChecks {
  private pointer: Promise<CatalogPointer | undefined> | undefined
  private running: Promise<{ check: CatalogCheck; updated: boolean }> | undefined
  private readonly port = cacheCatalogPort()

  constructor(readonly catalogUrl: string) {}

  /** The catalog being served, if one is installed. */
  current(): Promise<CatalogPointer | undefined> {
    this.pointer ??= this.port.readPointer()
    return this.pointer
  }

  /** Checks for a new catalog and installs it atomically (see core/kiosk/updateCatalog); one at a time. */
  check(): Promise<{ check: CatalogCheck; updated: boolean }> {
    this.running ??= this.run().finally(() => {
      this.running = undefined
    })
    return this.running
  }

  private async run(): Promise<{ check: CatalogCheck; updated: boolean }> {
    let outcome = await this.update(this.catalogUrl)
    // The catalog service cannot be used and nothing of it is installed: the app shows the bundled
    // demo catalog instead (ui/loadCatalog), so that is the one to keep for offline use.
    const fallback = CATALOG_FALLBACKS[this.catalogUrl]
    if (fallback && (outcome.status === 'offline' || outcome.status === 'rejected')) {
      const current = await this.current()
      if (!current || current.catalogUrl === fallback) {
        const second = await this.update(fallback)
        outcome = { ...second, message: `${outcome.message}; using ${fallback}: ${second.message}` }
      }
    }
    if (outcome.status === 'updated' || outcome.status === 'unchanged') this.pointer = Promise.resolve(outcome.pointer)
    const check: CatalogCheck = { at: Date.now(), status: outcome.status, message: outcome.message }
    await kioskMeta.write(KIOSK_META_KEYS.catalogCheck, check)
    return { check, updated: outcome.status === 'updated' }
  }

  private update(url: string): Promise<CatalogUpdateOutcome> {
    return updateCatalog(this.port, url, Date.now()).catch((error: unknown) => ({
      status: 'rejected' as const,
      message: `the catalog check failed: ${error instanceof Error ? error.message : String(error)}`,
    }))
  }
}
