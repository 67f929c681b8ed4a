import { randomUUID } from 'node:crypto'
import { beforeAll, expect, it } from 'vitest'
import { boxGlasses } from '../helpers/glb'
import { makeBrand, type TestService } from '../helpers/testServer'

const GLB = { 'content-type': 'model/gltf-binary' }

/** Brand B tries everything on brand A's drafts, products and assets: all refused, nothing changes. */
export function crossBrandSuite(s: TestService): void {
  let a: Awaited<ReturnType<typeof makeBrand>>, b: Awaited<ReturnType<typeof makeBrand>>
  let asset: { id: string; sha256: string }, hidden: { id: string; sha256: string }, draft: { id: string }, live: { id: string }, snapshot: string
  const as = (who: { auth: object }, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    s.server.app.inject({ method, url, headers: { ...who.auth }, ...(payload && { payload }) })
  const state = async () => JSON.stringify({
    products: (await as(a, 'GET', '/api/v1/products')).json(),
    assets: (await as(a, 'GET', '/api/v1/assets')).json(),
  })

  beforeAll(async () => {
    a = await makeBrand(s.db, 'brand-a')
    b = await makeBrand(s.db, 'brand-b')
    asset = (await s.server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { ...GLB, ...a.auth }, payload: Buffer.from(boxGlasses({ tag: 'brand-a' })) })).json()
    hidden = (await s.server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { ...GLB, ...a.auth }, payload: Buffer.from(boxGlasses({ tag: 'brand-a-hidden' })) })).json()
    const product = { name: 'A Secret', category: 'glasses', assetId: asset.id, price: { amount: 1, currency: 'EUR' } }
    draft = (await as(a, 'POST', '/api/v1/products', product)).json()
    live = (await as(a, 'POST', '/api/v1/products', { ...product, id: 'brand-a-live' })).json()
    await as(a, 'POST', `/api/v1/products/${live.id}/publish`)
    snapshot = await state()
  })

  it("answers 404 to every read, change, publish, unpublish and delete of A's products by id", async () => {
    for (const id of [draft.id, live.id]) {
      const attempts = [
        await as(b, 'GET', `/api/v1/products/${id}`),
        await as(b, 'PATCH', `/api/v1/products/${id}`, { name: 'Mine now' }),
        await as(b, 'POST', `/api/v1/products/${id}/publish`),
        await as(b, 'POST', `/api/v1/products/${id}/unpublish`),
        await as(b, 'DELETE', `/api/v1/products/${id}`),
      ]
      for (const res of attempts) expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no product with this id', details: {} } })
    }
    expect((await as(b, 'GET', '/api/v1/products')).json().products).toEqual([])
    expect(await state()).toBe(snapshot)
  })

  it("answers 404 for A's assets and their draft files, and refuses them in B's products", async () => {
    expect((await as(b, 'GET', `/api/v1/assets/${asset.id}`)).statusCode).toBe(404)
    expect((await as(b, 'GET', `/api/v1/assets/${hidden.sha256}.glb`)).statusCode).toBe(404)
    expect((await as(a, 'GET', `/api/v1/assets/${hidden.sha256}.glb`)).statusCode).toBe(200)
    expect((await as(b, 'DELETE', `/api/v1/assets/${asset.id}`)).statusCode).toBe(404)
    expect((await as(b, 'GET', '/api/v1/assets')).json().assets).toEqual([])
    const stolen = await as(b, 'POST', '/api/v1/products', { name: 'Stolen', category: 'glasses', assetId: asset.id, price: { amount: 1, currency: 'EUR' } })
    expect(stolen.json().error.message).toBe('assetId: no asset of yours has this id')
    expect(await state()).toBe(snapshot)
  })

  it('answers the same 404 to guessed ids: random, malformed, slugs, SQL', async () => {
    const guesses = [randomUUID(), '00000000-0000-0000-0000-000000000000', 'brand-a-live', '1', "' OR '1'='1", asset.sha256]
    for (const guess of guesses) {
      const url = encodeURIComponent(guess)
      for (const res of [await as(b, 'GET', `/api/v1/products/${url}`), await as(b, 'PATCH', `/api/v1/products/${url}`, { name: 'x' }),
        await as(b, 'POST', `/api/v1/products/${url}/publish`), await as(b, 'DELETE', `/api/v1/products/${url}`),
        await as(b, 'GET', `/api/v1/assets/${url}`), await as(b, 'DELETE', `/api/v1/assets/${url}`)]) {
        expect(res.statusCode).toBe(404)
      }
    }
    expect(await state()).toBe(snapshot)
  })

  it('still serves what A published to everyone, and only that', async () => {
    const catalog = (await s.server.app.inject({ url: '/api/v1/catalog' })).json()
    expect(catalog.products.filter((p: { brand: string }) => p.brand === 'brand-a').map((p: { id: string }) => p.id)).toEqual(['brand-a-live'])
    expect((await s.server.app.inject({ url: `/api/v1/assets/${asset.sha256}.glb` })).statusCode).toBe(200)
    expect((await as(a, 'GET', `/api/v1/products/${draft.id}`)).json().state).toBe('draft')
  })
}
