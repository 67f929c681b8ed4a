export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './contentSecurityPolicy'
export { CONSENT_PURPOSES, type ConsentNotice, type ConsentPurpose, type ConsentReceipt } from './consentTypes'
export { DEFAULT_CONSENT_NOTICES, withNoticeOverrides } from './consentNotices'
export { ConsentLedger } from './ConsentLedger'
