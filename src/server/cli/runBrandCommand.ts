import { hashBrandToken, newBrandToken } from '../auth/brandToken'
import type { Db } from '../db/Db'
import { migrate } from '../db/migrate'
import { brandRepo } from '../repo/brandRepo'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const BRAND_USAGE: readonly string[] = [
  'usage: npm run brand -- create <slug> [--name "Display name"]   new brand; prints its API token once',
  '       npm run brand -- rotate <slug>                           new token; the old one stops working',
  '       npm run brand -- revoke <slug>                           no token at all until the next rotate',
]

const titleCase = (slug: string) => slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')

/** A parsed brand command line, or the exit code and lines to print for a bad one. */
export type BrandArgs = { ok: true; command: 'create' | 'rotate' | 'revoke'; slug: string; name: string } | { ok: false; code: number; errors: readonly string[] }

/** Checks the command line before any database is opened. */
export function parseBrandArgs(args: readonly string[]): BrandArgs {
  const [command, slug, ...rest] = args
  if ((command !== 'create' && command !== 'rotate' && command !== 'revoke') || !slug) return { ok: false, code: 2, errors: BRAND_USAGE }
  if (!SLUG.test(slug)) return { ok: false, code: 2, errors: [`brand: "${slug}" is not a valid slug: use lowercase letters, digits and single dashes, like "atelier-lumen"`] }
  const nameAt = rest.indexOf('--name')
  const name = nameAt >= 0 ? rest[nameAt + 1]?.trim() : titleCase(slug)
  if (!name) return { ok: false, code: 2, errors: ['brand: --name needs a value, like --name "Atelier Lumen"'] }
  return { ok: true, command, slug, name }
}

/**
 * The brand CLI's work, separate from process handling so it can be tested: `out` receives the
 * lines for stdout, `err` those for stderr. A new or rotated token is printed once, alone on the
 * last line of stdout; only its sha256 is stored. Returns the exit code.
 */
export async function runBrandCommand(args: readonly string[], db: Db, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const parsed = parseBrandArgs(args)
  if (!parsed.ok) {
    for (const line of parsed.errors) err(line)
    return parsed.code
  }
  const { command, slug, name } = parsed
  await migrate(db)
  if (command === 'create') {
    if (await brandRepo.bySlug(db, slug)) {
      err(`brand: "${slug}" already exists; use "rotate ${slug}" for a new token`)
      return 1
    }
    const token = newBrandToken()
    await brandRepo.create(db, slug, name, hashBrandToken(token))
    out(`Brand "${slug}" (${name}) created. Its API token, shown only this once (keep it secret):`)
    out(token)
    return 0
  }
  const token = command === 'rotate' ? newBrandToken() : null
  if (!(await brandRepo.setToken(db, slug, token === null ? null : hashBrandToken(token)))) {
    err(`brand: no brand "${slug}"; create it with "create ${slug}"`)
    return 1
  }
  if (token === null) {
    out(`Brand "${slug}": token revoked. Its requests now get 401 until "rotate ${slug}" issues a new one.`)
    return 0
  }
  out(`Brand "${slug}": new API token, shown only this once; the previous one no longer works:`)
  out(token)
  return 0
}
