import { FieldReader } from './FieldReader'
import { ManifestError } from './ManifestError'
import { readProductManifest } from './readProductManifest'
import { reportDuplicateIds } from './reportDuplicateIds'
import type { Catalog, ManifestIssue, ProductManifest, ValidationResult } from './types'

/** The only catalog format version this code reads. */
export const CATALOG_VERSION = 1

/**
 * Checks an untrusted catalog (`{ version: 1, products: [...] }`) without throwing. Every product is
 * validated as by `safeValidateProductManifest`, with paths like `products[3].price.currency`, and
 * product ids must be unique across the catalog.
 */
export function safeValidateCatalog(input: unknown): ValidationResult<Catalog> {
  const errors: ManifestIssue[] = []
  const r = FieldReader.open(input, '', errors, ['version', 'products'], 'catalog')
  if (r === undefined) return { ok: false, errors }

  const version = r.number('version', { min: CATALOG_VERSION, exclusive: false, expected: `${CATALOG_VERSION}` })
  if (version !== undefined && version !== CATALOG_VERSION) r.report('version', `expected ${CATALOG_VERSION}, got ${version}`)
  const entries = r.list('products', 0, 'product manifests', true) ?? []
  const products = entries.map((e) => readProductManifest(e.value, e.path, errors))
  reportDuplicateIds(entries, errors, 'product')

  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: { version: CATALOG_VERSION, products: products as ProductManifest[] } }
}

/** Like `safeValidateCatalog` but returns the catalog or throws a `ManifestError` listing every issue. */
export function validateCatalog(input: unknown): Catalog {
  const result = safeValidateCatalog(input)
  if (!result.ok) throw new ManifestError(result.errors, 'catalog')
  return result.value
}
