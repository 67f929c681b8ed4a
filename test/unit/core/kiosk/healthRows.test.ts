import { describe, expect, it } from 'vitest'
import { formatDuration } from '../../../../src/core/kiosk/formatDuration'
import { healthRows } from '../../../../src/core/kiosk/healthRows'

const HOUR = 3_600_000

describe('healthRows', () => {
  it('shows version, uptime, catalog age and counts', () => {
    const now = Date.UTC(2026, 10, 29, 12)
    const rows = healthRows({
      build: { version: '0.1.0', build: 'abc123', builtAt: '2026-11-29T08:00:00Z' },
      stats: { bootedAt: now - 3 * HOUR - 60_000, boots: 4, sessionsStarted: 17, wipesDone: 16, wipeFailures: 0, lastWipeAt: now - 90_000 },
      pointer: { catalogUrl: '/catalog/demo.json', sha256: 'f'.repeat(64), cacheName: 'c', assetUrls: ['/a.glb', '/b.glb'], productCount: 2, installedAt: now - 26 * HOUR },
      check: { at: now - 120_000, status: 'offline', message: 'the catalog could not be reached' },
      now,
    })
    const value = Object.fromEntries(rows.map((r) => [r.key, r.value]))
    expect(value).toMatchObject({
      version: '0.1.0 (build abc123, 2026-11-29T08:00:00Z)',
      uptime: '3 h 1 min',
      boots: '4',
      catalog: '2 products, 2 assets, from /catalog/demo.json',
      catalogAge: '1 d 2 h ago',
      catalogCheck: '2 min 0 s ago: offline, the catalog could not be reached',
      sessions: '17',
      wipes: '16',
      wipeFailures: '0',
      lastWipe: '1 min 30 s ago',
    })
  })

  it('says plainly what is missing on a kiosk that never ran', () => {
    const value = Object.fromEntries(healthRows({ build: undefined, stats: undefined, pointer: undefined, check: undefined, now: 0 }).map((r) => [r.key, r.value]))
    expect(value).toMatchObject({ uptime: 'not started on this device', catalog: 'none installed for offline use', sessions: '0', lastWipe: 'never' })
  })
})

describe('formatDuration', () => {
  it('picks the two largest units', () => {
    expect(formatDuration(45_500)).toBe('45 s')
    expect(formatDuration(12 * 60_000 + 5_000)).toBe('12 min 5 s')
    expect(formatDuration(-1)).toBe('unknown')
  })
})
