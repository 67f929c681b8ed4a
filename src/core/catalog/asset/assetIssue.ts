import type { AssetIssue, AssetIssueSeverity } from './types'

/** Builds one of our own (non-Khronos) issues; errors unless said otherwise. */
export function assetIssue(code: string, message: string, pointer?: string, severity: AssetIssueSeverity = 'error'): AssetIssue {
  return pointer === undefined ? { code, severity, message, source: 'vitrine' } : { code, severity, message, pointer, source: 'vitrine' }
}

/** `1234567` → `"1.2 MB"`, `2048` → `"2.0 KB"`, `12` → `"12 bytes"` (decimal units, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} KB`
  return `${bytes} byte${bytes === 1 ? '' : 's'}`
}
