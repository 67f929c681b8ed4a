import type { FastifyInstance } from 'fastify'
import { optionalBrand } from '../auth/authenticate'
import { notFound } from '../http/ApiError'
import { errorSchema } from '../http/schemas'
import type { ServerContext } from '../http/ServerContext'
import { assetRepo } from '../repo/assetRepo'

/** A year: stored files never change (their name is their sha256). */
export const IMMUTABLE_MAX_AGE_S = 31_536_000

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header.split(',').some((t) => { const v = t.trim(); return v === '*' || v === etag || v === `W/${etag}` })
}

/**
 * `GET /api/v1/assets/{sha256}.glb`: the stored file. Public when a published product uses it
 * (cached by anyone for a year); otherwise only its owners get it, with their token (cached
 * privately); anyone else gets the same 404 as for a file that does not exist.
 */
export function assetFileRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/assets/:sha256(^[0-9a-f]{64}).glb', {
    schema: {
      summary: 'Download a stored GLB by its sha256 (immutable; ETag; 304 on If-None-Match)',
      params: { type: 'object', properties: { sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } } },
      response: { 200: { description: 'The GLB file, model/gltf-binary' }, 304: { description: 'Not modified (If-None-Match matched the ETag)', type: 'null' }, 404: errorSchema },
    },
  }, async (request, reply) => {
    const { sha256 } = request.params as { sha256: string }
    const brand = await optionalBrand(ctx.db, request)
    const access = await assetRepo.access(ctx.db, sha256, brand?.id)
    if (access === 'none' || !(await ctx.store.has(sha256))) throw notFound('asset file')
    const etag = `"${sha256}"`
    reply.header('ETag', etag)
    reply.header('Cache-Control', `${access === 'public' ? 'public' : 'private'}, max-age=${IMMUTABLE_MAX_AGE_S}, immutable`)
    if (access === 'owner') reply.header('Vary', 'Authorization')
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send()
    reply.type('model/gltf-binary')
    return reply.send(ctx.store.stream(sha256))
  })
}
