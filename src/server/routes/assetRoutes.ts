import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { PRODUCT_CATEGORIES, type ProductCategory } from '../../core/catalog/types'
import { ingestAsset, tooLarge } from '../assets/ingestAsset'
import { requireBrand } from '../auth/authenticate'
import { ApiError, notFound } from '../http/ApiError'
import { errorSchema, idParams, objectResponse } from '../http/schemas'
import type { ServerContext } from '../http/ServerContext'
import { isUuid } from '../products/productService'
import { assetUrl } from '../products/deriveManifest'
import { assetRepo } from '../repo/assetRepo'
import type { AssetRecord } from '../repo/types'

/** The asset as the API shows it. */
export function assetView(a: AssetRecord) {
  return {
    id: a.id, sha256: a.sha256, url: assetUrl(a.sha256), category: a.category,
    sizes: { original: a.originalBytes, optimised: a.storedBytes }, report: a.report, createdAt: a.createdAt.toISOString(),
  }
}

const security = [{ bearer: [] }]
const errors = { 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema, 413: errorSchema, 415: errorSchema, 422: errorSchema, 429: errorSchema, 507: errorSchema }

/** Upload, list, read and delete a brand's assets. */
export function assetRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // The GLB body is not parsed here: the handler streams it to disk with its own size limit.
  app.addContentTypeParser('model/gltf-binary', (_request, payload, done) => done(null, payload))

  app.post('/api/v1/assets', {
    schema: {
      summary: 'Upload a GLB: checked, validated, optimised and stored',
      consumes: ['model/gltf-binary'],
      security,
      querystring: { type: 'object', properties: { category: { type: 'string', enum: [...PRODUCT_CATEGORIES], default: 'glasses', description: 'Budget to hold the asset to' } }, additionalProperties: false },
      response: { 200: objectResponse('The same bytes were uploaded before: the existing asset'), 201: objectResponse('{ id, sha256, url, category, sizes: { original, optimised }, report }'), ...errors },
    },
  }, async (request, reply) => {
    const brand = await requireBrand(ctx.db, request)
    const declared = Number(request.headers['content-length'])
    if (Number.isFinite(declared) && declared > ctx.limits.assetBodyBytes) throw tooLarge(ctx.limits.assetBodyBytes)
    const body = request.body instanceof Readable ? request.body : Readable.from([])
    const category = (request.query as { category: ProductCategory }).category
    const { record, created } = await ingestAsset({ ...ctx, limitBytes: ctx.limits.assetBodyBytes }, brand, body, category)
    return reply.status(created ? 201 : 200).send(assetView(record))
  })

  app.get('/api/v1/assets', { schema: { summary: "The brand's assets", security, response: { 200: objectResponse('{ assets: [...] }'), ...errors } } }, async (request) => {
    const brand = await requireBrand(ctx.db, request)
    return { assets: (await assetRepo.list(ctx.db, brand.id)).map(assetView) }
  })

  app.get('/api/v1/assets/:id', { schema: { summary: 'One asset of the brand, with its report', security, params: idParams, response: { 200: objectResponse('The asset'), ...errors } } }, async (request) => {
    const brand = await requireBrand(ctx.db, request)
    const { id } = request.params as { id: string }
    const asset = isUuid(id) ? await assetRepo.byId(ctx.db, brand.id, id) : undefined
    if (!asset) throw notFound('asset')
    return assetView(asset)
  })

  app.delete('/api/v1/assets/:id', { schema: { summary: 'Delete an asset no product uses', security, params: idParams, response: { 204: { description: 'Deleted', type: 'null' }, ...errors } } }, async (request, reply) => {
    const brand = await requireBrand(ctx.db, request)
    const { id } = request.params as { id: string }
    const asset = isUuid(id) ? await assetRepo.byId(ctx.db, brand.id, id) : undefined
    if (!asset) throw notFound('asset')
    if ((await assetRepo.productCount(ctx.db, asset.id)) > 0) throw new ApiError(409, 'asset_in_use', 'a product uses this asset: delete the product or give it another asset first')
    try {
      await assetRepo.remove(ctx.db, brand.id, id)
    } catch (error) {
      if ((error as { code?: string }).code === '23503') throw new ApiError(409, 'asset_in_use', 'a product started using this asset meanwhile')
      throw error
    }
    await ctx.store.locks.run(asset.sha256, async () => {
      if (!(await assetRepo.shaInUse(ctx.db, asset.sha256))) await ctx.store.remove(asset.sha256)
    })
    return reply.status(204).send()
  })
}
