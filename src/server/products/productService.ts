import { randomUUID } from 'node:crypto'
import { ApiError, notFound } from '../http/ApiError'
import type { Db } from '../db/Db'
import { assetRepo } from '../repo/assetRepo'
import { productRepo } from '../repo/productRepo'
import type { Brand, ProductInput, ProductRecord } from '../repo/types'
import type { AssetStore } from '../storage/AssetStore'
import { checkStoredAsset } from './checkStoredAsset'
import { deriveManifest, slugify } from './deriveManifest'

/** What product operations need. */
export interface ProductContext {
  db: Db
  store: AssetStore
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Ids that cannot be ours answer like unknown ones. */
export const isUuid = (id: string) => UUID.test(id)

/** Options of `productService.create` used by the demo seeding only. */
export interface CreateOptions {
  /** Product ids must start with "<brand slug>-". Default true. */
  requirePrefix?: boolean
  /** Shopper-facing brand name in the manifest. Default: the brand's name. */
  displayBrand?: string
}

async function derive(ctx: ProductContext, brand: Brand, input: ProductInput, slug: string, displayBrand = brand.name) {
  const assetId = String(input.assetId ?? '')
  const asset = isUuid(assetId) ? await assetRepo.byId(ctx.db, brand.id, assetId) : undefined
  if (!asset) throw new ApiError(422, 'invalid_manifest', 'assetId: no asset of yours has this id', { issues: [{ path: 'assetId', message: 'no asset of yours has this id' }] })
  const derived = deriveManifest(input, slug, displayBrand, asset)
  if (!derived.ok) {
    const list = derived.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')
    throw new ApiError(422, derived.code, `the product is not valid: ${list}`, { issues: derived.issues })
  }
  return { asset, ...derived }
}

async function freeSlug(ctx: ProductContext, brand: Brand, input: ProductInput, requirePrefix: boolean): Promise<string> {
  if (typeof input.id === 'string') {
    const id = input.id
    if (requirePrefix && !id.startsWith(`${brand.slug}-`)) {
      throw new ApiError(422, 'invalid_manifest', `id: product ids of brand "${brand.slug}" start with "${brand.slug}-"`, { issues: [{ path: 'id', message: `must start with "${brand.slug}-"` }] })
    }
    if (await productRepo.slugTaken(ctx.db, id)) throw new ApiError(409, 'product_id_taken', `id: a product "${id}" already exists; choose another id`)
    return id
  }
  const base = `${brand.slug}-${slugify(String(input.name ?? ''))}`
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!(await productRepo.slugTaken(ctx.db, slug))) return slug
  }
}

async function own(ctx: ProductContext, brand: Brand, id: string): Promise<ProductRecord> {
  const product = isUuid(id) ? await productRepo.byId(ctx.db, brand.id, id) : undefined
  if (!product) throw notFound('product')
  return product
}

async function assertPublishable(ctx: ProductContext, brand: Brand, record: Pick<ProductRecord, 'assetId' | 'manifest'>): Promise<void> {
  const asset = await assetRepo.byId(ctx.db, brand.id, record.assetId)
  const issues = asset ? await checkStoredAsset(ctx.store, asset, record.manifest.category) : []
  if (!asset || issues.length > 0) {
    throw new ApiError(422, 'publish_refused', `the product cannot be published: ${issues[0]?.message ?? 'its asset is gone'}`, { issues })
  }
}

/** Create, change, publish, unpublish and delete a brand's products (HTTP-agnostic apart from ApiError). */
export const productService = {
  async create(ctx: ProductContext, brand: Brand, input: ProductInput, options: CreateOptions = {}): Promise<ProductRecord> {
    const slug = await freeSlug(ctx, brand, input, options.requirePrefix ?? true)
    const { manifest, warnings, asset } = await derive(ctx, brand, input, slug, options.displayBrand)
    try {
      return await productRepo.insert(ctx.db, randomUUID(), brand.id, { slug, assetId: asset.id, input, manifest, warnings })
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ApiError(409, 'product_id_taken', `id: a product "${slug}" already exists; choose another id`)
      throw error
    }
  },

  /** Merges `patch` into what the brand sent before (`null` resets a field to its default). A published product must stay publishable. */
  async update(ctx: ProductContext, brand: Brand, id: string, patch: ProductInput): Promise<ProductRecord> {
    const current = await own(ctx, brand, id)
    if ('id' in patch && patch.id !== current.slug) throw new ApiError(422, 'invalid_manifest', 'id: a product id cannot change once created', { issues: [{ path: 'id', message: 'cannot change' }] })
    const input: ProductInput = { ...current.input }
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete input[key]
      else input[key] = value
    }
    const { manifest, warnings, asset } = await derive(ctx, brand, input, current.slug, current.manifest.brand)
    if (current.state === 'published') await assertPublishable(ctx, brand, { assetId: asset.id, manifest })
    const updated = await productRepo.update(ctx.db, brand.id, id, { slug: current.slug, assetId: asset.id, input, manifest, warnings })
    if (!updated) throw notFound('product')
    return updated
  },

  async publish(ctx: ProductContext, brand: Brand, id: string): Promise<ProductRecord> {
    const current = await own(ctx, brand, id)
    // Re-derive: the asset's checks and the manifest rules are run again as of now.
    const { manifest } = await derive(ctx, brand, current.input, current.slug, current.manifest.brand)
    await assertPublishable(ctx, brand, { assetId: current.assetId, manifest })
    if (current.state === 'published') return current
    return (await productRepo.setState(ctx.db, brand.id, id, 'published')) ?? Promise.reject(notFound('product'))
  },

  async unpublish(ctx: ProductContext, brand: Brand, id: string): Promise<ProductRecord> {
    const current = await own(ctx, brand, id)
    if (current.state === 'draft') return current
    return (await productRepo.setState(ctx.db, brand.id, id, 'draft')) ?? Promise.reject(notFound('product'))
  },

  async remove(ctx: ProductContext, brand: Brand, id: string): Promise<void> {
    const current = await own(ctx, brand, id)
    if (current.state === 'published') throw new ApiError(409, 'product_published', 'the product is published: unpublish it before deleting it')
    if (!(await productRepo.remove(ctx.db, brand.id, id))) throw new ApiError(409, 'product_published', 'the product was published meanwhile: unpublish it before deleting it')
  },

  get: own,
}
