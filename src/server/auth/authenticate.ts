import type { FastifyRequest } from 'fastify'
import type { Queryable } from '../db/Db'
import { ApiError } from '../http/ApiError'
import { brandRepo } from '../repo/brandRepo'
import type { Brand } from '../repo/types'
import { hashBrandToken, looksLikeBrandToken } from './brandToken'

/** The bearer token of a request, or undefined when it sends none. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  if (header === undefined) return undefined
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match ? match[1] : ''
}

/** The brand a request's token belongs to, or undefined without a token; a bad token is a 401. */
export async function optionalBrand(db: Queryable, request: FastifyRequest): Promise<Brand | undefined> {
  const token = bearerToken(request)
  if (token === undefined) return undefined
  const brand = looksLikeBrandToken(token) ? await brandRepo.byTokenHash(db, hashBrandToken(token)) : undefined
  if (!brand) throw new ApiError(401, 'invalid_token', 'the bearer token is not valid (mistyped, rotated or revoked); ask for a new one with `npm run brand -- rotate <slug>`')
  return brand
}

/** The brand of the request; no token is a 401 that says how to send one. */
export async function requireBrand(db: Queryable, request: FastifyRequest): Promise<Brand> {
  const brand = await optionalBrand(db, request)
  if (!brand) throw new ApiError(401, 'unauthorized', 'this endpoint needs a brand token: send "Authorization: Bearer vtr_..."')
  return brand
}
