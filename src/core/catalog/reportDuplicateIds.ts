import { joinPath } from './FieldReader'
import type { ManifestIssue } from './types'

/**
 * Records an issue on every entry whose `id` was already used earlier in the same list, naming the
 * first use so the fix is obvious. Entries without a valid string id are skipped (already reported).
 */
export function reportDuplicateIds(entries: readonly { value: unknown; path: string }[], issues: ManifestIssue[], what: string): void {
  const firstPath = new Map<string, string>()
  for (const { value, path } of entries) {
    const id = (value as { id?: unknown } | null)?.id
    if (typeof id !== 'string') continue
    const earlier = firstPath.get(id)
    if (earlier === undefined) firstPath.set(id, path)
    else issues.push({ path: joinPath(path, 'id'), message: `duplicate ${what} id "${id}" (first used at ${earlier})` })
  }
}
