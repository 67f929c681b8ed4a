/** Product manifests: types, validation with precise messages, and model placement math. */
export type {
  AssetRef,
  Catalog,
  Colour,
  ManifestIssue,
  ModelUnits,
  Price,
  ProductCategory,
  ProductManifest,
  SizeVariant,
  ValidationResult,
  Vec3,
} from './types'
export { MODEL_UNITS, PRODUCT_CATEGORIES } from './types'
export { ManifestError, formatIssue } from './ManifestError'
export { safeValidateProductManifest, validateProductManifest } from './validateManifest'
export { CATALOG_VERSION, safeValidateCatalog, validateCatalog } from './validateCatalog'
export { CM_PER_UNIT, modelToAnchorTransform, pickSizeVariant, type AnchorTransform } from './modelToAnchorTransform'
export { transformPoint } from './transformPoint'
