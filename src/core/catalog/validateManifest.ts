import { ManifestError } from './ManifestError'
import { readProductManifest } from './readProductManifest'
import type { ManifestIssue, ProductManifest, ValidationResult } from './types'

/**
 * Checks untrusted JSON against the product manifest schema without throwing. Reports every
 * problem with its JSON path; on success the value has defaults filled in (`scale` 1,
 * `rotationDeg` and `pivotOffset` `[0, 0, 0]`, `tags` `[]`) and hex colours in lowercase.
 */
export function safeValidateProductManifest(input: unknown): ValidationResult<ProductManifest> {
  const errors: ManifestIssue[] = []
  const value = readProductManifest(input, '', errors)
  return value !== undefined && errors.length === 0 ? { ok: true, value } : { ok: false, errors }
}

/**
 * Like `safeValidateProductManifest` but returns the manifest or throws a `ManifestError` listing
 * every issue.
 */
export function validateProductManifest(input: unknown): ProductManifest {
  const result = safeValidateProductManifest(input)
  if (!result.ok) throw new ManifestError(result.errors, 'product manifest')
  return result.value
}
