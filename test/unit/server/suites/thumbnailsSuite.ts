import sharp from 'sharp'
import { beforeAll, expect, it } from 'vitest'
import { safeValidateCatalog } from '../../../../src/core/catalog/validateCatalog'
import { boxGlasses } from '../helpers/glb'
import { makeBrand, type TestService } from '../helpers/testServer'

const GLB = { 'content-type': 'model/gltf-binary' }

/** Thumbnails: re-encoded, stored by sha256, private until published, another brand cannot set one. */
export function thumbnailsSuite(s: TestService): void {
  let owner: Awaited<ReturnType<typeof makeBrand>>
  let other: Awaited<ReturnType<typeof makeBrand>>
  let productId: string
  let slug: string
  let png: Buffer
  beforeAll(async () => {
    owner = await makeBrand(s.db, 'thumbs')
    other = await makeBrand(s.db, 'thumbs-rival')
    const asset = (await s.server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { ...GLB, ...owner.auth }, payload: Buffer.from(boxGlasses({ tag: 'thumbs', width: 0.14 })) })).json()
    const product = await s.server.app.inject({ method: 'POST', url: '/api/v1/products', headers: owner.auth, payload: { name: 'Thumb Frame', category: 'glasses', assetId: asset.id, price: { amount: 99, currency: 'EUR' } } })
    ;({ id: productId, slug } = product.json())
    png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c08040' } }).png().toBuffer()
  })
  const put = (auth: object, body: Buffer, type = 'image/png') =>
    s.server.app.inject({ method: 'PUT', url: `/api/v1/products/${productId}/thumbnail`, headers: { ...auth, 'content-type': type }, payload: body })

  it('stores a re-encoded WebP of at most 512 px and puts it in the manifest', async () => {
    const res = await put(owner.auth, png)
    expect(res.statusCode).toBe(200)
    const { thumbnail } = res.json().manifest
    expect(thumbnail.url).toBe(`/api/v1/thumbnails/${thumbnail.sha256}.webp`)
    const file = await s.server.app.inject({ url: thumbnail.url, headers: owner.auth })
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/webp')
    const meta = await sharp(file.rawPayload).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 512, 384])
    // Private until published: nobody else sees a draft's picture.
    expect((await s.server.app.inject({ url: thumbnail.url })).statusCode).toBe(404)
    expect((await s.server.app.inject({ url: thumbnail.url, headers: other.auth })).statusCode).toBe(404)
  })

  it('publishes the thumbnail with the product, publicly and immutably', async () => {
    expect((await s.server.app.inject({ method: 'POST', url: `/api/v1/products/${productId}/publish`, headers: owner.auth })).statusCode).toBe(200)
    const catalog = (await s.server.app.inject({ url: '/api/v1/catalog' })).json()
    expect(safeValidateCatalog(catalog).ok).toBe(true)
    const listed = catalog.products.find((p: { id: string }) => p.id === slug)
    const file = await s.server.app.inject({ url: listed.thumbnail.url })
    expect(file.statusCode).toBe(200)
    expect(file.headers['cache-control']).toContain('immutable')
  })

  it('refuses a broken image and another brand, changing nothing', async () => {
    const before = (await s.server.app.inject({ url: `/api/v1/products/${productId}`, headers: owner.auth })).json().manifest.thumbnail
    const broken = await put(owner.auth, Buffer.from('\x89PNG\r\n\x1a\nnot really'))
    expect(broken.statusCode).toBe(422)
    expect(broken.json().error.code).toBe('thumbnail_invalid')
    expect((await put(other.auth, png)).statusCode).toBe(404)
    expect((await put(owner.auth, png, 'text/plain')).statusCode).toBe(415)
    expect((await s.server.app.inject({ url: `/api/v1/products/${productId}`, headers: owner.auth })).json().manifest.thumbnail).toEqual(before)
  })
}
