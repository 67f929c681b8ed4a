import { createHash, randomBytes } from 'node:crypto'

/** Every API token starts with this, so a leaked one is easy to recognise (secret scanners). */
export const TOKEN_PREFIX = 'vtr_'
/** Random bytes in a token: 256 bits. */
export const TOKEN_RANDOM_BYTES = 32
const TOKEN_PATTERN = /^vtr_[A-Za-z0-9_-]{43}$/

/** A new token: `vtr_` + 32 random bytes in base64url. Shown once; only its hash is stored. */
export function newBrandToken(): string {
  return TOKEN_PREFIX + randomBytes(TOKEN_RANDOM_BYTES).toString('base64url')
}

/** What the database keeps of a token: its sha256, hex. A stolen database gives no usable token. */
export function hashBrandToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** True when `token` has the shape of one of ours (checked before any lookup). */
export function looksLikeBrandToken(token: string): boolean {
  return TOKEN_PATTERN.test(token)
}
