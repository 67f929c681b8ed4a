import type { CatalogCheck, CatalogPointer } from './catalogTypes'
import { formatDuration } from './formatDuration'
import type { BuildInfo, HealthRow, KioskStats } from './healthTypes'

/** What the health page knows; any part may be missing (a kiosk that never started, a build without info). */
export interface HealthInput {
  build: BuildInfo | undefined
  stats: KioskStats | undefined
  pointer: CatalogPointer | undefined
  check: CatalogCheck | undefined
  /** Epoch ms. */
  now: number
}

const ago = (now: number, at: number | undefined) => (at === undefined ? 'never' : `${formatDuration(now - at)} ago`)

/**
 * The health page's lines: version, uptime, catalog age and counts. Built from counters and
 * times only; there is nothing about any visitor to show.
 */
export function healthRows({ build, stats, pointer, check, now }: HealthInput): HealthRow[] {
  return [
    { key: 'version', label: 'Version', value: build ? `${build.version} (build ${build.build}, ${build.builtAt})` : 'unknown (no build-info.json)' },
    { key: 'uptime', label: 'Kiosk up for', value: stats ? formatDuration(now - stats.bootedAt) : 'not started on this device' },
    { key: 'boots', label: 'Starts on this device', value: String(stats?.boots ?? 0) },
    {
      key: 'catalog',
      label: 'Catalog',
      value: pointer ? `${pointer.productCount} products, ${pointer.assetUrls.length} assets, from ${pointer.catalogUrl}` : 'none installed for offline use',
    },
    { key: 'catalogAge', label: 'Catalog age', value: pointer ? ago(now, pointer.installedAt) : 'no catalog' },
    { key: 'catalogCheck', label: 'Last catalog check', value: check ? `${ago(now, check.at)}: ${check.status}, ${check.message}` : 'never' },
    { key: 'sessions', label: 'Sessions started', value: String(stats?.sessionsStarted ?? 0) },
    { key: 'wipes', label: 'Wipes done', value: String(stats?.wipesDone ?? 0) },
    { key: 'wipeFailures', label: 'Wipes with a failure', value: String(stats?.wipeFailures ?? 0) },
    { key: 'lastWipe', label: 'Last wipe', value: ago(now, stats?.lastWipeAt) },
  ]
}
