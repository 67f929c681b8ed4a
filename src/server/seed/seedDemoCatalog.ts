import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { validateCatalog } from '../../core/catalog/validateCatalog'
import { ingestAsset } from '../assets/ingestAsset'
import type { ServerContext } from '../http/ServerContext'
import { productService } from '../products/productService'
import { brandRepo } from '../repo/brandRepo'
import { productRepo } from '../repo/productRepo'

/** When to seed: only into a database with no product yet, always (adding what is missing), or never. */
export type SeedMode = 'if-empty' | 'always' | 'never'

/** The brand the demo catalog is published under. It has no token until `npm run brand -- rotate vitrine-demo`. */
export const DEMO_BRAND = { slug: 'vitrine-demo', name: 'Vitrine Demo' }
const ASSETS_DIR = new URL('../../../assets/', import.meta.url)

/**
 * Puts the bundled demo catalog (assets/catalog/demo-catalog.json and its GLBs) into the service:
 * each GLB goes through the same pipeline as an upload, each product is created and published
 * under the `vitrine-demo` brand, keeping its id and placement. Products already there are skipped.
 * Returns the ids of the products published now.
 */
export async function seedDemoCatalog(ctx: ServerContext, mode: Exclude<SeedMode, 'never'>): Promise<string[]> {
  if (mode === 'if-empty' && (await productRepo.count(ctx.db)) > 0) return []
  const catalog = validateCatalog(JSON.parse(await readFile(new URL('catalog/demo-catalog.json', ASSETS_DIR), 'utf8')))
  const brand = (await brandRepo.bySlug(ctx.db, DEMO_BRAND.slug)) ?? (await brandRepo.create(ctx.db, DEMO_BRAND.slug, DEMO_BRAND.name, null))
  const seeded: string[] = []
  for (const product of catalog.products) {
    if (await productRepo.slugTaken(ctx.db, product.id)) continue
    // The app serves assets/ at the root, so "/glasses/x.glb" is assets/glasses/x.glb.
    const bytes = await readFile(new URL(product.asset.url.replace(/^\//, ''), ASSETS_DIR))
    const { record } = await ingestAsset({ ...ctx, limitBytes: ctx.limits.assetBodyBytes }, brand, Readable.from([bytes]), product.category)
    const { asset: _asset, brand: displayBrand, ...fields } = product
    const created = await productService.create(ctx, brand, { ...fields, assetId: record.id }, { requirePrefix: false, displayBrand })
    await productService.publish(ctx, brand, created.id)
    seeded.push(product.id)
  }
  return seeded
}
