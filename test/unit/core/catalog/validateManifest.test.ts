import { describe, expect, it } from 'vitest'
import { ManifestError, safeValidateProductManifest, validateProductManifest } from '../../../../src/core/catalog'
import { fullManifestInput, minimalManifestInput } from './manifestFixtures'

/** `path: message` lines of a failed validation, for exact comparisons. */
function issuesOf(input: unknown): string[] {
  const result = safeValidateProductManifest(input)
  if (result.ok) throw new Error('expected the manifest to be rejected')
  return result.errors.map((e) => `${e.path}: ${e.message}`)
}

function withField(key: string, value: unknown): Record<string, unknown> {
  return { ...minimalManifestInput(), [key]: value }
}

describe('validateProductManifest', () => {
  it('accepts a minimal manifest and fills in the defaults', () => {
    const manifest = validateProductManifest(minimalManifestInput())
    expect(manifest.scale).toBe(1)
    expect(manifest.rotationDeg).toEqual([0, 0, 0])
    expect(manifest.pivotOffset).toEqual([0, 0, 0])
    expect(manifest.tags).toEqual([])
    expect(manifest.colours[0]!.hex).toBe('#c9a45c') // normalised to lowercase
    expect(manifest.asset).toEqual({ url: '/glasses/orbit-round-gold.glb' })
    expect('attribution' in manifest).toBe(false)
    expect('widthMm' in manifest).toBe(false)
  })

  it('keeps every optional field of a full manifest unchanged', () => {
    const input = fullManifestInput()
    expect(validateProductManifest(input)).toEqual({ ...input, colours: [{ name: 'Gold', hex: '#c9a45c' }] })
  })

  it('rejects an id that is not a slug', () => {
    expect(issuesOf(withField('id', 'Orbit Round'))).toEqual([
      'id: expected a slug of lowercase letters, digits and dashes like "round-gold", got "Orbit Round"',
    ])
    expect(issuesOf(withField('id', 'orbit--round'))).toHaveLength(1)
  })

  it('rejects a negative price and a currency that is not an ISO 4217 code', () => {
    expect(issuesOf(withField('price', { amount: -5, currency: 'euro' }))).toEqual([
      'price.amount: expected a number >= 0, got -5',
      'price.currency: expected a 3-letter ISO 4217 code like "EUR", got "euro"',
    ])
  })

  it('rejects a colour that is not #rrggbb, naming its index', () => {
    const colours = [{ name: 'Gold', hex: '#c9a45c' }, { name: 'Red', hex: 'red' }, { name: 'Short', hex: '#fff' }]
    expect(issuesOf(withField('colours', colours))).toEqual([
      'colours[1].hex: expected a colour like "#1a2b3c", got "red"',
      'colours[2].hex: expected a colour like "#1a2b3c", got "#fff"',
    ])
  })

  it('rejects an unknown anchor, category and unit, listing the allowed values', () => {
    const input = { ...minimalManifestInput(), anchor: 'nose', category: 'shoes', units: 'in' }
    expect(issuesOf(input)).toEqual([
      'category: expected one of "glasses", "earrings", "hat", "makeup", got "shoes"',
      'units: expected one of "m", "cm", "mm", got "in"',
      'anchor: expected one of "noseBridge", "forehead", "leftEarLobe", "rightEarLobe", "chin", "lips", got "nose"',
    ])
  })

  it('rejects unknown keys at every level, suggesting the field a typo meant', () => {
    const input = { ...minimalManifestInput(), colour: 'gold', vendor: 'x', price: { amount: 1, currency: 'EUR', vat: 0.2 } }
    expect(issuesOf(input)).toEqual([
      'colour: unknown field in product manifest; did you mean "colours"?',
      expect.stringMatching(/^vendor: unknown field in product manifest; allowed fields are id, name, brand, .*widthMm, thumbnail$/),
      'price.vat: unknown field in price; allowed fields are amount, currency',
    ])
  })

  it('rejects duplicate size variant ids, pointing at the first use', () => {
    const sizeVariants = [
      { id: 'S', label: 'Small', scale: 0.94 },
      { id: 'M', label: 'Medium', scale: 1 },
      { id: 'M', label: 'Medium again', scale: 1.02 },
    ]
    expect(issuesOf(withField('sizeVariants', sizeVariants))).toEqual([
      'sizeVariants[2].id: duplicate size variant id "M" (first used at sizeVariants[1])',
    ])
  })

  it('rejects values of the wrong type with what was found', () => {
    const input = {
      ...minimalManifestInput(),
      name: 42,
      scale: '1',
      tags: ['round', ''],
      pivotOffset: [0, 0],
      rotationDeg: { x: 0 },
      colours: [],
      sizeVariants: [{ id: 'M', label: 'Medium', scale: 0 }],
      widthMm: null,
    }
    expect(issuesOf(input)).toEqual([
      'name: expected a non-empty string, got 42',
      'colours: expected an array of at least 1 colours { name, hex }, got an array of 0',
      'tags[1]: expected a non-empty string, got ""',
      'pivotOffset: expected [x, y, z] of 3 finite numbers, got an array of 2',
      'rotationDeg: expected [x, y, z] of 3 finite numbers, got an object',
      'scale: expected a number > 0, got "1"',
      'sizeVariants[0].scale: expected a number > 0, got 0',
      'widthMm: expected a number > 0, got null',
    ])
  })

  it('reports every missing required field at once', () => {
    expect(issuesOf({})).toEqual([
      'id: missing required field, expected a slug of lowercase letters, digits and dashes like "round-gold"',
      'name: missing required field, expected a non-empty string',
      'brand: missing required field, expected a non-empty string',
      'category: missing required field, expected one of "glasses", "earrings", "hat", "makeup"',
      'price: missing required field, expected price (an object)',
      'colours: missing required field, expected an array of at least 1 colours { name, hex }',
      'asset: missing required field, expected asset (an object)',
      'units: missing required field, expected one of "m", "cm", "mm"',
      'anchor: missing required field, expected one of "noseBridge", "forehead", "leftEarLobe", "rightEarLobe", "chin", "lips"',
      'sizeVariants: missing required field, expected an array of at least 1 size variants { id, label, scale }',
    ])
  })

  it('accepts only same-origin .glb paths and a 64-digit sha256', () => {
    const urlIssues = (url: string) => issuesOf(withField('asset', { url }))
    for (const url of ['https://cdn.example.com/a.glb', '//cdn.example.com/a.glb', 'data:model/gltf-binary,AAAA.glb', '/glasses/a.gltf', '/glasses/a.glb?v=2']) {
      expect(urlIssues(url)).toEqual([
        `asset.url: expected a relative or same-origin path ending in ".glb" like "/glasses/round-gold.glb", got ${JSON.stringify(url)}`,
      ])
    }
    for (const url of ['/glasses/a.glb', 'glasses/a.glb', './a.glb']) {
      expect(safeValidateProductManifest(withField('asset', { url })).ok).toBe(true)
    }
    expect(issuesOf(withField('asset', { url: '/a.glb', sha256: 'abc' }))).toEqual([
      'asset.sha256: expected a SHA-256 digest of 64 hexadecimal digits, got "abc"',
    ])
  })

  it('throws a ManifestError that carries every issue and lists them in its message', () => {
    const input = { ...minimalManifestInput(), id: 'Bad Id', price: { amount: -1, currency: 'EUR' } }
    let error: unknown
    try {
      validateProductManifest(input)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ManifestError)
    const issues = (error as ManifestError).issues
    expect(issues.map((i) => i.path)).toEqual(['id', 'price.amount'])
    expect((error as ManifestError).message).toBe(
      '[vitrine/catalog] invalid product manifest (2 problems):\n'
      + '  id: expected a slug of lowercase letters, digits and dashes like "round-gold", got "Bad Id"\n'
      + '  price.amount: expected a number >= 0, got -1',
    )
  })

  it('rejects input that is not an object at the root', () => {
    expect(issuesOf(null)).toEqual([': expected product manifest (an object), got null'])
    expect(() => validateProductManifest([])).toThrow('(root): expected product manifest (an object), got an array of 0')
  })
})

describe('thumbnail', () => {
  const sha = 'ab'.repeat(32)
  it('takes a same-origin picture and keeps it through a JSON round trip', () => {
    const m = validateProductManifest({ ...minimalManifestInput(), thumbnail: { url: `/api/v1/thumbnails/${sha}.webp`, sha256: sha.toUpperCase() } })
    expect(m.thumbnail).toEqual({ url: `/api/v1/thumbnails/${sha}.webp`, sha256: sha })
    expect(validateProductManifest(JSON.parse(JSON.stringify(m)))).toEqual(m)
    expect(validateProductManifest(minimalManifestInput()).thumbnail).toBeUndefined()
  })

  it('refuses another origin and a file that is not a picture, with the path', () => {
    const bad = (thumbnail: unknown) => safeValidateProductManifest({ ...minimalManifestInput(), thumbnail })
    const remote = bad({ url: 'https://cdn.example.com/a.webp' })
    expect(remote.ok).toBe(false)
    if (!remote.ok) expect(remote.errors[0]!.path).toBe('thumbnail.url')
    const notImage = bad({ url: '/a.glb' })
    if (!notImage.ok) expect(notImage.errors[0]!.message).toMatch(/\.webp/)
    expect(notImage.ok).toBe(false)
    expect(bad({ url: '/a.png', extra: 1 }).ok).toBe(false)
  })
})
