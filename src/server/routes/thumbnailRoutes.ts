import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import { optionalBrand, requireBrand } from '../auth/authenticate'
import { ApiError, notFound } from '../http/ApiError'
import { errorSchema, idParams, objectResponse } from '../http/schemas'
import type { ServerContext } from '../http/ServerContext'
import { productRepo } from '../repo/productRepo'
import type { ThumbnailStore } from '../storage/ThumbnailStore'
import { IMMUTABLE_MAX_AGE_S } from './assetFileRoute'
import { productView } from './productRoutes'

/** Largest thumbnail upload, bytes: a 1024 px PNG fits comfortably. */
export const THUMBNAIL_BODY_BYTES = 4_000_000
/** Longest side of the stored thumbnail, pixels (re-encoded: nothing of the upload is kept as sent). */
export const THUMBNAIL_MAX_PX = 512
const IMAGE_TYPES = ['image/png', 'image/webp', 'image/jpeg']

/**
 * `PUT /api/v1/products/{id}/thumbnail`: the brand's picture of the product worn on the reference
 * face (the studio renders it). Decoded and re-encoded to WebP (a malformed or hostile image never
 * reaches shoppers), stored by sha256, then pointed at. `GET /api/v1/thumbnails/{sha256}.webp`
 * serves it: public once a published product shows it, otherwise to its brand only.
 */
export function thumbnailRoutes(app: FastifyInstance, ctx: ServerContext, thumbnails: ThumbnailStore): void {
  app.addContentTypeParser(IMAGE_TYPES, { parseAs: 'buffer', bodyLimit: THUMBNAIL_BODY_BYTES }, (_request, body, done) => done(null, body))

  app.put('/api/v1/products/:id/thumbnail', {
    schema: {
      summary: 'Set the product thumbnail (PNG, WebP or JPEG; stored as WebP, at most 512 px)',
      consumes: IMAGE_TYPES,
      security: [{ bearer: [] }],
      params: idParams,
      response: { 200: objectResponse('The product, its manifest with `thumbnail`'), 400: errorSchema, 401: errorSchema, 404: errorSchema, 413: errorSchema, 415: errorSchema, 422: errorSchema, 507: errorSchema },
    },
  }, async (request) => {
    const brand = await requireBrand(ctx.db, request)
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (!IMAGE_TYPES.includes(type)) {
      throw new ApiError(415, 'unsupported_media_type', `send the thumbnail as ${IMAGE_TYPES.join(', ')}; got ${type || 'no content type'}`, { accepted: IMAGE_TYPES })
    }
    const { id } = request.params as { id: string }
    if (!(await productRepo.byId(ctx.db, brand.id, id))) throw notFound('product')
    let webp: Buffer
    try {
      webp = await sharp(request.body as Buffer, { limitInputPixels: 4096 * 4096 })
        .resize(THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer()
    } catch (error) {
      throw new ApiError(422, 'thumbnail_invalid', `the thumbnail is not a readable image: ${error instanceof Error ? error.message : String(error)}`, {})
    }
    const sha256 = createHash('sha256').update(webp).digest('hex')
    try {
      await thumbnails.put(sha256, webp)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') throw new ApiError(507, 'storage_full', 'the service has no disk space left for the thumbnail; nothing was changed', {})
      throw error
    }
    const updated = await productRepo.setThumbnail(ctx.db, brand.id, id, sha256)
    if (!updated) throw notFound('product')
    return productView(updated)
  })

  app.get('/api/v1/thumbnails/:sha256(^[0-9a-f]{64}).webp', {
    schema: {
      summary: 'A product thumbnail by sha256 (immutable)',
      params: { type: 'object', properties: { sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } } },
      response: { 200: { description: 'image/webp' }, 304: { description: 'Not modified', type: 'null' }, 404: errorSchema },
    },
  }, async (request, reply) => {
    const { sha256 } = request.params as { sha256: string }
    const brand = await optionalBrand(ctx.db, request)
    const access = await productRepo.thumbnailAccess(ctx.db, sha256, brand?.id)
    if (access === 'none' || !(await thumbnails.has(sha256))) throw notFound('thumbnail')
    const etag = `"${sha256}"`
    reply.header('ETag', etag).header('Cache-Control', `${access === 'public' ? 'public' : 'private'}, max-age=${IMMUTABLE_MAX_AGE_S}, immutable`)
    if (access === 'owner') reply.header('Vary', 'Authorization')
    if (request.headers['if-none-match'] === etag) return reply.status(304).send()
    return reply.type('image/webp').send(thumbnails.stream(sha256))
  })
}
