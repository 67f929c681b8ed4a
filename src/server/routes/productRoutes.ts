import type { FastifyInstance } from 'fastify'
import { requireBrand } from '../auth/authenticate'
import { errorSchema, idParams, objectResponse, productFields } from '../http/schemas'
import type { ServerContext } from '../http/ServerContext'
import { productService } from '../products/productService'
import { productRepo, withThumbnail } from '../repo/productRepo'
import type { ProductInput, ProductRecord } from '../repo/types'

/** The product as the API shows it to its brand. */
export function productView(p: ProductRecord) {
  return {
    id: p.id, slug: p.slug, state: p.state, assetId: p.assetId, manifest: withThumbnail(p.manifest, p.thumbnailSha256), warnings: p.warnings,
    createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(), publishedAt: p.publishedAt?.toISOString() ?? null,
  }
}

const security = [{ bearer: [] }]
const errors = { 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema, 413: errorSchema, 415: errorSchema, 422: errorSchema, 429: errorSchema }
const nullable = Object.fromEntries(Object.entries(productFields).map(([k, s]) => [k, { anyOf: [s, { type: 'null' }] }]))
const one = objectResponse('{ id, slug, state, assetId, manifest, warnings, createdAt, updatedAt, publishedAt }')

/** A brand's products: create, list, read, change, publish, unpublish, delete. */
export function productRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/v1/products', {
    schema: {
      summary: 'Create a draft product from a partial manifest; the service derives the rest',
      security,
      body: { type: 'object', required: ['name', 'category', 'assetId', 'price'], properties: productFields },
      response: { 201: one, ...errors },
    },
  }, async (request, reply) => {
    const brand = await requireBrand(ctx.db, request)
    return reply.status(201).send(productView(await productService.create(ctx, brand, request.body as ProductInput)))
  })

  app.get('/api/v1/products', { schema: { summary: "The brand's products, drafts and published", security, response: { 200: objectResponse('{ products: [...] }'), ...errors } } }, async (request) => {
    const brand = await requireBrand(ctx.db, request)
    return { products: (await productRepo.list(ctx.db, brand.id)).map(productView) }
  })

  app.get('/api/v1/products/:id', { schema: { summary: 'One product of the brand', security, params: idParams, response: { 200: one, ...errors } } }, async (request) => {
    const brand = await requireBrand(ctx.db, request)
    return productView(await productService.get(ctx, brand, (request.params as { id: string }).id))
  })

  app.patch('/api/v1/products/:id', {
    schema: {
      summary: 'Change fields of a product (null resets a field to its default); a published product must stay publishable',
      security, params: idParams,
      body: { type: 'object', minProperties: 1, properties: nullable },
      response: { 200: one, ...errors },
    },
  }, async (request) => {
    const brand = await requireBrand(ctx.db, request)
    return productView(await productService.update(ctx, brand, (request.params as { id: string }).id, request.body as ProductInput))
  })

  app.post('/api/v1/products/:id/publish', { schema: { summary: 'Re-check the asset and the manifest, then publish', security, params: idParams, response: { 200: one, ...errors } } }, async (request) => {
    const brand = await requireBrand(ctx.db, request)
    return productView(await productService.publish(ctx, brand, (request.params as { id: string }).id))
  })

  app.post('/api/v1/products/:id/unpublish', { schema: { summary: 'Take a product out of the public catalog (back to draft)', security, params: idParams, response: { 200: one, ...errors } } }, async (request) => {
    const brand = await requireBrand(ctx.db, request)
    return productView(await productService.unpublish(ctx, brand, (request.params as { id: string }).id))
  })

  app.delete('/api/v1/products/:id', { schema: { summary: 'Delete a draft', security, params: idParams, response: { 204: { description: 'Deleted', type: 'null' }, ...errors } } }, async (request, reply) => {
    const brand = await requireBrand(ctx.db, request)
    await productService.remove(ctx, brand, (request.params as { id: string }).id)
    return reply.status(204).send()
  })
}
