import {
  KIOSK_COUNTDOWN_MAX_MS, KIOSK_COUNTDOWN_MIN_MS, KIOSK_COUNTDOWN_MS, KIOSK_IDLE_MAX_MS, KIOSK_IDLE_MIN_MS, KIOSK_IDLE_MS,
} from './kioskDefaults'
import type { KioskConfig } from './kioskTypes'

/** The settings, and a sentence for every setting that was ignored (its default is used instead). */
export interface KioskConfigResult {
  config: KioskConfig
  problems: string[]
}

function seconds(params: URLSearchParams, key: string, fallbackMs: number, minMs: number, maxMs: number, problems: string[]): number {
  const raw = params.get(key)
  if (raw === null) return fallbackMs
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value) || value * 1000 < minMs || value * 1000 > maxMs) {
    problems.push(`?${key}=${raw} was ignored: expected seconds from ${minMs / 1000} to ${maxMs / 1000}; using ${fallbackMs / 1000} s`)
    return fallbackMs
  }
  return Math.round(value * 1000)
}

/**
 * Reads the kiosk's settings from the page URL: `idle` and `countdown` in seconds, `presence`
 * (`camera` or `touch`), `offline=off`, `hooks`. A kiosk runs unattended, so a bad value never
 * stops it: the default is used and the problem is returned, to be shown on the screen and the
 * health page until the URL is fixed.
 */
export function readKioskConfig(search: string): KioskConfigResult {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const idleMs = seconds(params, 'idle', KIOSK_IDLE_MS, KIOSK_IDLE_MIN_MS, KIOSK_IDLE_MAX_MS, problems)
  const countdownMs = seconds(params, 'countdown', KIOSK_COUNTDOWN_MS, KIOSK_COUNTDOWN_MIN_MS, KIOSK_COUNTDOWN_MAX_MS, problems)
  const presenceRaw = params.get('presence')
  let presence: KioskConfig['presence'] = 'camera'
  if (presenceRaw === 'touch' || presenceRaw === 'camera') presence = presenceRaw
  else if (presenceRaw !== null) problems.push(`?presence=${presenceRaw} was ignored: expected camera or touch; using camera`)
  const offlineRaw = params.get('offline')
  if (offlineRaw !== null && offlineRaw !== 'off' && offlineRaw !== 'on') problems.push(`?offline=${offlineRaw} was ignored: expected on or off; using on`)
  return {
    config: { idleMs, countdownMs, presence, offline: offlineRaw !== 'off', hooks: params.has('hooks') },
    problems,
  }
}
