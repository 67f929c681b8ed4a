import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createCatalogServer, type CatalogServer } from '../../../../src/server/createCatalogServer'
import { makeBrand, type TestService } from '../helpers/testServer'

/** Rate limit per token, JSON body limit, security headers and the OpenAPI document, on a second service with tight limits. */
export function limitsSuite(s: TestService): void {
  let tight: CatalogServer
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vitrine-limits-'))
    tight = await createCatalogServer({ db: s.db, dataDir, limits: { rateLimitMax: 5, rateLimitWindowMs: 60_000, jsonBodyBytes: 2_000 } })
  })
  afterAll(async () => {
    await tight?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('limits requests per token, each token on its own budget, with a 429 that says when to retry', async () => {
    const one = await makeBrand(s.db, 'busy-one')
    const two = await makeBrand(s.db, 'busy-two')
    const codes = []
    for (let i = 0; i < 6; i++) codes.push((await tight.app.inject({ url: '/api/v1/products', headers: one.auth })).statusCode)
    expect(codes).toEqual([200, 200, 200, 200, 200, 429])
    const limited = await tight.app.inject({ url: '/api/v1/products', headers: one.auth })
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^too many requests: at most 5 per 60 s; retry in/) })
    expect((await tight.app.inject({ url: '/api/v1/products', headers: two.auth })).statusCode).toBe(200)
  })

  it('refuses a JSON body over the limit with 413 naming the limit', async () => {
    const brand = await makeBrand(s.db, 'wordy')
    const res = await tight.app.inject({ method: 'POST', url: '/api/v1/products', headers: brand.auth, payload: { name: 'x'.repeat(3_000), category: 'glasses', assetId: 'a', price: {} } })
    expect(res.statusCode).toBe(413)
    expect(res.json().error).toEqual({ code: 'payload_too_large', message: 'the JSON body is larger than the limit of 2000 bytes', details: { limitBytes: 2000 } })
  })

  it('sends the CSP and security headers on every response, errors included, and never opens CORS', async () => {
    for (const url of ['/api/v1/catalog', '/api/v1/products', '/api/v1/nowhere', '/api/v1/openapi.json']) {
      const res = await s.server.app.inject({ url, headers: { origin: 'https://elsewhere.example' } })
      expect(res.headers['content-security-policy']).toMatch(/^default-src 'self'; .*frame-ancestors 'none'/)
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['referrer-policy']).toBe('no-referrer')
      expect(res.headers['access-control-allow-origin']).toBeUndefined()
    }
    expect((await s.server.app.inject({ url: '/api/v1/products' })).headers['cache-control']).toBe('no-store')
    expect((await s.server.app.inject({ url: '/api/v1/nowhere' })).json()).toEqual({ error: { code: 'not_found', message: 'no route GET /api/v1/nowhere', details: {} } })
  })

  it('describes every endpoint in the OpenAPI document', async () => {
    const doc = (await s.server.app.inject({ url: '/api/v1/openapi.json' })).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/assets', '/api/v1/assets/{id}', '/api/v1/assets/{sha256}.glb', '/api/v1/catalog', '/api/v1/health',
      '/api/v1/products', '/api/v1/products/{id}', '/api/v1/products/{id}/publish', '/api/v1/products/{id}/thumbnail', '/api/v1/products/{id}/unpublish',
      '/api/v1/thumbnails/{sha256}.webp',
    ])
    expect(doc.paths['/api/v1/products'].post.requestBody.content['application/json'].schema.required).toEqual(['name', 'category', 'assetId', 'price'])
    expect(doc.paths['/api/v1/assets'].post.responses['422'].content['application/json'].schema.properties.error.required).toEqual(['code', 'message', 'details'])
  })
}
