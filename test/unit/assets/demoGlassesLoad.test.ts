import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Box3, type Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { describe, expect, it } from 'vitest'
import { validateCatalog } from '../../../src/core/catalog/validateCatalog'

const root = join(import.meta.dirname, '..', '..', '..')
const catalog = validateCatalog(JSON.parse(readFileSync(join(root, 'assets/catalog/demo-catalog.json'), 'utf8')))

/** GLTFLoader decodes textures with browser APIs; textured models are covered by the e2e tests. */
function hasImages(path: string): boolean {
  const bytes = readFileSync(path)
  const jsonLength = bytes.readUInt32LE(12)
  return 'images' in JSON.parse(bytes.subarray(20, 20 + jsonLength).toString('utf8'))
}
const untextured = catalog.products.filter((p) => !hasImages(join(root, 'assets', p.asset.url)))

function load(path: string): Promise<Object3D> {
  const bytes = readFileSync(path)
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  return new Promise((resolve, reject) => new GLTFLoader().parse(buffer, '', (gltf) => resolve(gltf.scene), reject))
}

// The renderer loads products with three's GLTFLoader, which reads some extras itself (a string
// `extras.pivot` once turned a whole model's position into NaN, and nothing was drawn).
describe('demo glasses through three.js GLTFLoader', () => {
  it('covers the generated models', () => expect(untextured.length).toBeGreaterThanOrEqual(6))

  it.each(untextured.map((p) => [p.id, p.asset.url] as const))('%s loads with finite, real-size bounds', async (_id, url) => {
    const scene = await load(join(root, 'assets', url))
    scene.updateMatrixWorld(true)
    scene.traverse((object) => {
      for (const value of object.matrixWorld.elements) expect(Number.isFinite(value), object.name).toBe(true)
    })
    const box = new Box3().setFromObject(scene)
    const widthM = box.max.x - box.min.x
    expect(widthM).toBeGreaterThan(0.12)
    expect(widthM).toBeLessThan(0.16)
  })
})
