import { DEFAULT_CONSENT_NOTICES, withNoticeOverrides } from '../../core/privacy/consentNotices'
import type { ConsentNotice, ConsentPurpose } from '../../core/privacy/consentTypes'
import { DEFAULT_RETENTION_POLICY, PrivacyConfigError, readRetentionPolicy, type RetentionPolicy } from '../../core/privacy/retentionPolicy'

/** Where a deploying retailer puts its wording (optional; same origin, served by the app). */
export const RETAILER_PRIVACY_URL = '/privacy/retailer.json'

export interface PrivacyConfig {
  notices: Readonly<Record<ConsentPurpose, ConsentNotice>>
  policy: RetentionPolicy
}

/**
 * The notices and policy in force: the kit's defaults with the retailer's wording from
 * {@link RETAILER_PRIVACY_URL} when that file exists. A malformed file is an error the page shows
 * (never silently the defaults: the retailer must know its wording is not in force).
 */
export async function loadPrivacyConfig(): Promise<PrivacyConfig> {
  const response = await fetch(RETAILER_PRIVACY_URL, { cache: 'no-cache', headers: { Accept: 'application/json' } })
  // No file (a 404, or a single-page server answering with its HTML page): the kit's wording.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false
  if (response.status === 404 || (response.ok && !isJson)) return { notices: DEFAULT_CONSENT_NOTICES, policy: DEFAULT_RETENTION_POLICY }
  if (!response.ok) throw new PrivacyConfigError(`${RETAILER_PRIVACY_URL} answered HTTP ${response.status}`)
  let json: { policy?: unknown; notices?: unknown }
  try {
    json = (await response.json()) as typeof json
  } catch {
    throw new PrivacyConfigError(`${RETAILER_PRIVACY_URL} is not valid JSON`)
  }
  try {
    return {
      policy: readRetentionPolicy(json.policy),
      notices: json.notices ? withNoticeOverrides(json.notices as Parameters<typeof withNoticeOverrides>[0]) : DEFAULT_CONSENT_NOTICES,
    }
  } catch (error) {
    throw new PrivacyConfigError(`${RETAILER_PRIVACY_URL}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
