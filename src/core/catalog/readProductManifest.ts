import { ANCHOR_NAMES } from '../face/types'
import { describeValue, FieldReader, NON_EMPTY, type NumberRule, type StringRule } from './FieldReader'
import { reportDuplicateIds } from './reportDuplicateIds'
import { MODEL_UNITS, PRODUCT_CATEGORIES } from './types'
import type { ImageRef, Colour, ManifestIssue, ProductManifest, SizeVariant } from './types'

const PRODUCT_KEYS = [
  'id', 'name', 'brand', 'category', 'price', 'colours', 'tags', 'asset', 'units', 'anchor',
  'pivotOffset', 'rotationDeg', 'scale', 'sizeVariants', 'attribution', 'widthMm', 'thumbnail',
] as const

const SLUG: StringRule = { pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, expected: 'a slug of lowercase letters, digits and dashes like "round-gold"' }
const CURRENCY: StringRule = { pattern: /^[A-Z]{3}$/, expected: 'a 3-letter ISO 4217 code like "EUR"' }
const HEX: StringRule = { pattern: /^#[0-9a-fA-F]{6}$/, expected: 'a colour like "#1a2b3c"' }
const SHA256: StringRule = { pattern: /^[0-9a-fA-F]{64}$/, expected: 'a SHA-256 digest of 64 hexadecimal digits' }
const VARIANT_ID: StringRule = { pattern: /^\S+$/, expected: 'an id without spaces like "M"' }
// Same origin only (the CSP blocks other origins): no scheme, no "//host", and a .glb file.
const GLB_URL: StringRule = {
  pattern: /^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)[^\s?#\\]+\.glb$/,
  expected: 'a relative or same-origin path ending in ".glb" like "/glasses/round-gold.glb"',
}
const IMAGE_URL: StringRule = {
  pattern: /^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)[^\s?#\\]+\.(webp|png|jpg|jpeg)$/,
  expected: 'a relative or same-origin path ending in ".webp", ".png" or ".jpg" like "/api/v1/thumbnails/<sha256>.webp"',
}
const NON_NEGATIVE: NumberRule = { min: 0, exclusive: false, expected: 'a number >= 0' }
const POSITIVE: NumberRule = { min: 0, exclusive: true, expected: 'a number > 0' }

function readColour(value: unknown, path: string, issues: ManifestIssue[]): Colour | undefined {
  const r = FieldReader.open(value, path, issues, ['name', 'hex'], 'colour')
  const name = r?.string('name')
  const hex = r?.string('hex', HEX)
  return name !== undefined && hex !== undefined ? { name, hex: hex.toLowerCase() } : undefined
}

function readSizeVariant(value: unknown, path: string, issues: ManifestIssue[]): SizeVariant | undefined {
  const r = FieldReader.open(value, path, issues, ['id', 'label', 'scale'], 'size variant')
  const id = r?.string('id', VARIANT_ID)
  const label = r?.string('label')
  const scale = r?.number('scale', POSITIVE)
  return id !== undefined && label !== undefined && scale !== undefined ? { id, label, scale } : undefined
}

function readPrice(parent: FieldReader) {
  const r = parent.record('price', ['amount', 'currency'], 'price')
  return { amount: r?.number('amount', NON_NEGATIVE), currency: r?.string('currency', CURRENCY) }
}

function readAsset(parent: FieldReader) {
  const r = parent.record('asset', ['url', 'sha256'], 'asset')
  const url = r?.string('url', GLB_URL)
  const sha256 = r?.string('sha256', SHA256, false)?.toLowerCase()
  return sha256 === undefined ? { url } : { url, sha256 }
}

function readThumbnail(parent: FieldReader) {
  const r = parent.record('thumbnail', ['url', 'sha256'], 'thumbnail')
  const url = r?.string('url', IMAGE_URL)
  const sha256 = r?.string('sha256', SHA256, false)?.toLowerCase()
  return sha256 === undefined ? { url } : { url, sha256 }
}

function readSizeVariants(r: FieldReader): (SizeVariant | undefined)[] {
  const entries = r.list('sizeVariants', 1, 'size variants { id, label, scale }') ?? []
  const variants = entries.map((e) => readSizeVariant(e.value, e.path, r.issues))
  reportDuplicateIds(entries, r.issues, 'size variant')
  return variants
}

function readTags(r: FieldReader): string[] {
  const tags: string[] = []
  for (const entry of r.list('tags', 0, 'non-empty strings') ?? []) {
    if (typeof entry.value === 'string' && NON_EMPTY.pattern.test(entry.value)) tags.push(entry.value)
    else r.issues.push({ path: entry.path, message: `expected a non-empty string, got ${describeValue(entry.value)}` })
  }
  return tags
}

/**
 * Reads one product manifest at `path`, appending every problem to `issues`. Returns the manifest
 * with defaults filled in, or `undefined` when anything was wrong. Shared by the manifest and
 * catalog validators so both report the same paths and messages.
 */
export function readProductManifest(input: unknown, path: string, issues: ManifestIssue[]): ProductManifest | undefined {
  const before = issues.length
  const r = FieldReader.open(input, path, issues, PRODUCT_KEYS, 'product manifest')
  if (r === undefined) return undefined

  const manifest = {
    id: r.string('id', SLUG),
    name: r.string('name'),
    brand: r.string('brand'),
    category: r.oneOf('category', PRODUCT_CATEGORIES),
    price: readPrice(r),
    colours: (r.list('colours', 1, 'colours { name, hex }') ?? []).map((e) => readColour(e.value, e.path, issues)),
    tags: readTags(r),
    asset: readAsset(r),
    units: r.oneOf('units', MODEL_UNITS),
    anchor: r.oneOf('anchor', ANCHOR_NAMES),
    pivotOffset: r.vec3('pivotOffset', [0, 0, 0]),
    rotationDeg: r.vec3('rotationDeg', [0, 0, 0]),
    scale: r.number('scale', POSITIVE, 1),
    sizeVariants: readSizeVariants(r),
  }
  const attribution = r.string('attribution', NON_EMPTY, false)
  const widthMm = r.number('widthMm', POSITIVE, 'optional')
  const hasThumbnail = typeof input === 'object' && input !== null && (input as Record<string, unknown>).thumbnail !== undefined
  const thumbnail = hasThumbnail ? readThumbnail(r) : undefined
  if (issues.length > before) return undefined
  // No issue was recorded, so every required field above holds a valid value; optional ones are
  // added only when present, so a round trip through JSON gives the same object.
  return {
    ...(manifest as ProductManifest),
    ...(attribution !== undefined && { attribution }),
    ...(widthMm !== undefined && { widthMm }),
    ...(thumbnail !== undefined && { thumbnail: thumbnail as ImageRef }),
  }
}
