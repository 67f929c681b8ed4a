import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { modelToAnchorTransform, transformPoint, validateCatalog, type Vec3 } from '../../../../src/core/catalog'
import { boundsOf, glbHeader, readGlb, triangleCount, worldVertices } from './glbVertices'

const ASSETS = new URL('../../../../assets/', import.meta.url)
const catalog = validateCatalog(JSON.parse(readFileSync(new URL('catalog/demo-catalog.json', ASSETS), 'utf8')))
// The app serves assets/glasses/ at /glasses/.
const fileOf = (url: string) => new URL(url.replace(/^\/glasses\//, 'glasses/'), ASSETS)

/** Loads a product's GLB and returns its vertices placed in anchor space (cm) by the manifest. */
async function placed(id: string) {
  const product = catalog.products.find((p) => p.id === id)!
  const bytes = new Uint8Array(readFileSync(fileOf(product.asset.url)))
  const doc = await readGlb(bytes)
  const { matrix } = modelToAnchorTransform(product, 'M')
  const vertices = worldVertices(doc).map(({ node, p }) => ({ node, p: transformPoint(matrix, p) }))
  return { product, bytes, doc, vertices, bounds: boundsOf(vertices.map((v) => v.p)) }
}

describe('demo catalog', () => {
  it('validates and holds at least six glasses on the nose bridge', () => {
    const glasses = catalog.products.filter((p) => p.category === 'glasses')
    expect(glasses.length).toBeGreaterThanOrEqual(6)
    for (const p of glasses) {
      expect(p.anchor).toBe('noseBridge')
      expect(p.price.currency).toBe('EUR')
      expect(p.sizeVariants.map((v) => v.id)).toEqual(['S', 'M', 'L'])
    }
    expect(catalog.products.find((p) => p.id === 'sunglasses-khronos')?.attribution).toMatch(/Khronos Group.*CC BY 4\.0/)
  })

  describe.each(catalog.products.map((p) => p.id))('%s', (id) => {
    it('is a GLB 2.0 file whose bytes match the catalog sha256', async () => {
      const { product, bytes } = await placed(id)
      expect(glbHeader(bytes)).toEqual({ magic: 'glTF', version: 2, length: bytes.byteLength })
      if (product.asset.sha256 !== undefined) expect(createHash('sha256').update(bytes).digest('hex')).toBe(product.asset.sha256)
    })

    it('is 120-150 mm wide across the front at size M, matching its declared width', async () => {
      const { product, vertices, bounds } = await placed(id)
      // Front band: the first 2 cm behind the frontmost point. Temples may splay further back.
      const front = boundsOf(vertices.filter((v) => v.p[2] >= bounds.max[2] - 2).map((v) => v.p))
      const widthMm = (front.max[0] - front.min[0]) * 10
      expect(widthMm).toBeGreaterThanOrEqual(120)
      expect(widthMm).toBeLessThanOrEqual(150)
      if (product.widthMm !== undefined) expect(Math.abs(widthMm - product.widthMm)).toBeLessThanOrEqual(2)
    })

    it('puts the pivot on the bridge: centred, under the bridge, at the back of the frame front', async () => {
      const { vertices, bounds } = await placed(id)
      expect(Math.abs((bounds.min[0] + bounds.max[0]) / 2)).toBeLessThanOrEqual(0.2) // within 2 mm of x = 0
      expect(bounds.min[1]).toBeLessThan(0)
      expect(bounds.max[1]).toBeGreaterThan(0)
      const frontZ = bounds.max[2] - 2
      // The lowest frame point on the centre line is the bridge's underside: it must sit on y = 0.
      const centreLine = vertices.filter((v) => Math.abs(v.p[0]) <= 0.1 && v.p[2] >= frontZ).map((v) => v.p)
      expect(centreLine.length).toBeGreaterThan(0)
      expect(Math.abs(Math.min(...centreLine.map((p) => p[1])))).toBeLessThanOrEqual(0.15)
      // Around the nose, the rearmost surface (pads or bridge back) is what touches the skin: z = 0.
      const nose = vertices.filter((v) => Math.abs(v.p[0]) <= 1 && Math.abs(v.p[1]) <= 2 && v.p[2] >= frontZ).map((v) => v.p)
      expect(Math.abs(Math.min(...nose.map((p) => p[2])))).toBeLessThanOrEqual(0.1)
    })

    it('faces +Z with its temples running back along -Z on both sides', async () => {
      const { vertices, bounds } = await placed(id)
      expect(bounds.min[2]).toBeLessThan(-9) // temples reach back at least 9 cm
      const back: Vec3[] = vertices.filter((v) => v.p[2] < -5).map((v) => v.p)
      expect(back.some((p) => p[0] > 5)).toBe(true)
      expect(back.some((p) => p[0] < -5)).toBe(true)
      expect(back.every((p) => Math.abs(p[0]) > 4)).toBe(true) // nothing but temples behind the face
    })
  })

  describe.each(catalog.products.filter((p) => p.attribution === undefined).map((p) => p.id))('generated %s', (id) => {
    it('stays within the asset budget and names its parts', async () => {
      const { bytes, doc } = await placed(id)
      expect(bytes.byteLength).toBeLessThan(200_000)
      expect(triangleCount(doc)).toBeLessThan(20_000)
      const names = doc.getRoot().listNodes().map((n) => n.getName())
      expect(names).toEqual(expect.arrayContaining(['frame_front', 'lens_left', 'lens_right', 'temple_left', 'temple_right']))
    })

    it('has its left temple on +X (the wearer\'s left) and tinted, blended lenses', async () => {
      const { doc, vertices } = await placed(id)
      const xs = (node: string) => vertices.filter((v) => v.node === node).map((v) => v.p[0])
      expect(Math.min(...xs('temple_left'))).toBeGreaterThan(5)
      expect(Math.max(...xs('temple_right'))).toBeLessThan(-5)
      expect(Math.min(...xs('lens_left'))).toBeGreaterThan(0)
      const lens = doc.getRoot().listNodes().find((n) => n.getName() === 'lens_left')!.getMesh()!.listPrimitives()[0]!.getMaterial()!
      expect(lens.getAlphaMode()).toBe('BLEND')
      expect(lens.getBaseColorFactor()[3]).toBeLessThan(1)
      const lensWidthMm = (Math.max(...xs('lens_left')) - Math.min(...xs('lens_left'))) * 10
      expect(lensWidthMm).toBeGreaterThanOrEqual(45)
      expect(lensWidthMm).toBeLessThanOrEqual(55)
    })
  })
})
