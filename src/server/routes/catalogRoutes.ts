import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { CATALOG_VERSION } from '../../core/catalog/validateCatalog'
import type { Catalog } from '../../core/catalog/types'
import { objectResponse } from '../http/schemas'
import type { ServerContext } from '../http/ServerContext'
import { productRepo } from '../repo/productRepo'

/**
 * `GET /api/v1/catalog`: every published product as a catalog document (`{ version: 1, products }`,
 * the format core/catalog validates and the shopper app loads). Revalidated on each use (ETag,
 * `no-cache`) so a publication shows up at once. Also the OpenAPI document and a health probe.
 */
export function catalogRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/catalog', { schema: { summary: 'Published products as a catalog document { version: 1, products }', response: { 200: objectResponse('A catalog (docs/catalog/manifest.md)'), 304: { description: 'Not modified', type: 'null' } } } }, async (request, reply) => {
    const catalog: Catalog = { version: CATALOG_VERSION, products: await productRepo.published(ctx.db) }
    const body = JSON.stringify(catalog)
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`
    reply.header('ETag', etag).header('Cache-Control', 'no-cache')
    if (request.headers['if-none-match'] === etag) return reply.status(304).send()
    return reply.type('application/json; charset=utf-8').send(body)
  })

  app.get('/api/v1/health', { schema: { summary: 'Liveness: the database answers', response: { 200: objectResponse('{ ok: true, database }') } } }, async () => {
    await ctx.db.query('SELECT 1')
    return { ok: true, database: ctx.db.driver }
  })

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
