import type { CatalogCheck, CatalogPointer } from '../../core/kiosk/catalogTypes'
import type { HealthInput } from '../../core/kiosk/healthRows'
import type { BuildInfo, KioskStats } from '../../core/kiosk/healthTypes'
import { KIOSK_META_KEYS } from '../../core/kiosk/kioskCaches'
import { kioskMeta } from '../offline/kioskMeta'

/** Written by the build (kiosk/build/kioskServiceWorkerPlugin.ts); precached, so it reads offline. */
export const BUILD_INFO_URL = '/kiosk/build-info.json'

async function readBuildInfo(): Promise<BuildInfo | undefined> {
  try {
    const response = await fetch(BUILD_INFO_URL, { cache: 'no-cache' })
    return response.ok ? ((await response.json()) as BuildInfo) : undefined
  } catch {
    return undefined
  }
}

/** Everything the health page shows, from the build info and the kiosk's own records. */
export async function readHealth(): Promise<HealthInput> {
  const [build, stats, pointer, check] = await Promise.all([
    readBuildInfo(),
    kioskMeta.read<KioskStats>(KIOSK_META_KEYS.stats),
    kioskMeta.read<CatalogPointer>(KIOSK_META_KEYS.catalogPointer),
    kioskMeta.read<CatalogCheck>(KIOSK_META_KEYS.catalogCheck),
  ])
  return { build, stats, pointer, check, now: Date.now() }
}
