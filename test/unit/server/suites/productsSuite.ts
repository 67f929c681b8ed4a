import { writeFile } from 'node:fs/promises'
import { beforeAll, expect, it } from 'vitest'
import { safeValidateCatalog } from '../../../../src/core/catalog/validateCatalog'
import { safeValidateProductManifest } from '../../../../src/core/catalog/validateManifest'
import { boxGlasses } from '../helpers/glb'
import { makeBrand, type TestService } from '../helpers/testServer'

const GLB = { 'content-type': 'model/gltf-binary' }
const PRICE = { amount: 129, currency: 'EUR' }

/** Drafts, derived manifests, publication and the public catalog. */
export function productsSuite(s: TestService): void {
  let brand: Awaited<ReturnType<typeof makeBrand>>
  let assetId: string
  let sha: string
  beforeAll(async () => {
    brand = await makeBrand(s.db, 'lumen')
    const res = await s.server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { ...GLB, ...brand.auth }, payload: Buffer.from(boxGlasses({ tag: 'lumen', width: 0.138 })) })
    ;({ id: assetId, sha256: sha } = res.json())
  })
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    s.server.app.inject({ method, url, headers: brand.auth, ...(payload && { payload }) })
  const catalog = async () => (await s.server.app.inject({ url: '/api/v1/catalog' })).json()
  const create = (fields: object = {}) => call('POST', '/api/v1/products', { name: 'Mira Cat-Eye', category: 'glasses', assetId, price: PRICE, ...fields })

  it('creates a draft from name, category, assetId and price, deriving the rest of a valid manifest', async () => {
    const res = await create()
    expect(res.statusCode).toBe(201)
    const product = res.json()
    expect(product).toMatchObject({ slug: 'lumen-mira-cat-eye', state: 'draft', assetId, publishedAt: null, warnings: [] })
    expect(product.manifest).toEqual({
      id: 'lumen-mira-cat-eye', name: 'Mira Cat-Eye', brand: 'lumen', category: 'glasses', price: PRICE,
      colours: [{ name: 'Default', hex: '#bcbcbc' }], tags: [], asset: { url: `/api/v1/assets/${sha}.glb`, sha256: sha },
      units: 'm', anchor: 'noseBridge', pivotOffset: [0, 0, 0], rotationDeg: [0, 0, 0], scale: 1,
      sizeVariants: [{ id: 'M', label: 'Medium', scale: 1 }], widthMm: 138,
    })
    expect(safeValidateProductManifest(product.manifest).ok).toBe(true)
    // A second product of the same name gets the next free id.
    expect((await create()).json().slug).toBe('lumen-mira-cat-eye-2')
  })

  it('reports manifest problems with their JSON paths, in core/catalog\'s words', async () => {
    const typo = await create({ pivotOfset: [0, 0, 0], price: { amount: 10, currency: 'euro' } })
    expect(typo.statusCode).toBe(422)
    expect(typo.json().error.code).toBe('invalid_manifest')
    expect(typo.json().error.details.issues).toEqual([
      { path: 'pivotOfset', message: 'unknown field in product manifest; did you mean "pivotOffset"?' },
      { path: 'price.currency', message: 'expected a 3-letter ISO 4217 code like "EUR", got "euro"' },
    ])
    const missing = await call('POST', '/api/v1/products', { name: 'x', category: 'glasses', assetId })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error).toMatchObject({ code: 'invalid_request', message: 'invalid body: price: missing required field' })
    expect((await create({ brand: 'Someone Else' })).json().error.details.issues).toEqual([{ path: 'brand', message: 'this field is derived: it is set from your brand' }])
    expect((await create({ id: 'other-glasses' })).json().error.message).toBe('id: product ids of brand "lumen" start with "lumen-"')
    expect((await create({ assetId: '00000000-0000-4000-8000-000000000000' })).json().error.message).toBe('assetId: no asset of yours has this id')
  })

  it('changes a draft with PATCH, null restoring a default; the id stays', async () => {
    const { id } = (await create({ id: 'lumen-patched', scale: 2 })).json()
    const res = await call('PATCH', `/api/v1/products/${id}`, { price: { amount: 99, currency: 'EUR' }, scale: null, tags: ['cat-eye'] })
    expect(res.statusCode).toBe(200)
    expect(res.json().manifest).toMatchObject({ id: 'lumen-patched', price: { amount: 99, currency: 'EUR' }, scale: 1, tags: ['cat-eye'] })
    expect((await call('PATCH', `/api/v1/products/${id}`, { id: 'lumen-renamed' })).json().error.message).toBe('id: a product id cannot change once created')
  })

  it('publishes: the product joins the catalog (valid for the shopper app) and its file turns public', async () => {
    const { id } = (await create({ id: 'lumen-published', colours: [{ name: 'Tortoise', hex: '#6B3F2A' }] })).json()
    const published = await call('POST', `/api/v1/products/${id}/publish`)
    expect(published.statusCode).toBe(200)
    expect(published.json()).toMatchObject({ state: 'published', publishedAt: expect.any(String) })
    const doc = await catalog()
    expect(safeValidateCatalog(doc)).toMatchObject({ ok: true })
    expect(doc.products.find((p: { id: string }) => p.id === 'lumen-published')).toMatchObject({ colours: [{ name: 'Tortoise', hex: '#6b3f2a' }], asset: { sha256: sha } })
    const file = await s.server.app.inject({ url: `/api/v1/assets/${sha}.glb` })
    expect(file.statusCode).toBe(200)
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const again = await s.server.app.inject({ url: `/api/v1/assets/${sha}.glb`, headers: { 'if-none-match': file.headers.etag as string } })
    expect(again.statusCode).toBe(304)
    expect(again.rawPayload.byteLength).toBe(0)
    // Published products must stay publishable: a bad change is refused and nothing changes.
    expect((await call('PATCH', `/api/v1/products/${id}`, { units: 'inch' })).statusCode).toBe(422)
    expect((await call('GET', `/api/v1/products/${id}`)).json().manifest.units).toBe('m')
    expect((await call('DELETE', `/api/v1/products/${id}`)).json().error.code).toBe('product_published')
    expect((await call('DELETE', `/api/v1/assets/${assetId}`)).json().error.code).toBe('asset_in_use')
    expect((await call('POST', `/api/v1/products/${id}/unpublish`)).json().state).toBe('draft')
    expect((await catalog()).products.map((p: { id: string }) => p.id)).not.toContain('lumen-published')
    expect((await s.server.app.inject({ url: `/api/v1/assets/${sha}.glb` })).statusCode).toBe(404)
    expect((await call('DELETE', `/api/v1/products/${id}`)).statusCode).toBe(204)
    expect((await call('GET', `/api/v1/products/${id}`)).statusCode).toBe(404)
  })

  it('never publishes a damaged asset: the stored file is re-checked', async () => {
    const other = await s.server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { ...GLB, ...brand.auth }, payload: Buffer.from(boxGlasses({ tag: 'to-damage' })) })
    const { id: damagedAsset, sha256: damagedSha } = other.json()
    const { id } = (await create({ id: 'lumen-damaged', assetId: damagedAsset })).json()
    await writeFile(s.server.store.pathOf(damagedSha), Buffer.from('glTF not any more'))
    const res = await call('POST', `/api/v1/products/${id}/publish`)
    expect(res.statusCode).toBe(422)
    expect(res.json().error).toMatchObject({ code: 'publish_refused', details: { issues: [expect.objectContaining({ code: 'ASSET_FILE_DAMAGED' })] } })
    expect((await call('GET', `/api/v1/products/${id}`)).json().state).toBe('draft')
    expect((await catalog()).products.map((p: { id: string }) => p.id)).not.toContain('lumen-damaged')
  })

  it('defaults colours to the colour variants and warns about a colour matching no variant', async () => {
    const upload = await s.server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { ...GLB, ...brand.auth }, payload: Buffer.from(boxGlasses({ tag: 'variants', variants: [{ name: 'Gold', rgb: [0.58, 0.37, 0.1] }, { name: 'Black', rgb: [0.01, 0.01, 0.01] }] })) })
    expect(upload.json().report.variants.map((v: { name: string }) => v.name)).toEqual(['Gold', 'Black'])
    const derived = (await create({ assetId: upload.json().id })).json()
    expect(derived.manifest.colours).toEqual([{ name: 'Gold', hex: '#c8a459' }, { name: 'Black', hex: '#191919' }])
    const chosen = (await create({ assetId: upload.json().id, colours: [{ name: 'Silver', hex: '#c0c0c0' }] })).json()
    expect(chosen.warnings.map((w: { code: string }) => w.code)).toEqual(['VARIANT_UNMATCHED'])
  })

  it('lists the brand\'s products with their state, and serves the catalog with an ETag', async () => {
    const list = (await call('GET', '/api/v1/products')).json().products
    expect(list.length).toBeGreaterThan(3)
    expect(new Set(list.map((p: { state: string }) => p.state))).toEqual(new Set(['draft']))
    const first = await s.server.app.inject({ url: '/api/v1/catalog' })
    expect(first.headers['cache-control']).toBe('no-cache')
    expect((await s.server.app.inject({ url: '/api/v1/catalog', headers: { 'if-none-match': first.headers.etag as string } })).statusCode).toBe(304)
  })
}
