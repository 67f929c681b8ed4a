import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { Box3 } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkGlb, parseGlb } from '../../../../src/core/catalog/asset'
import { processAsset, type ProcessedAsset } from '../../../../src/server/pipeline/processAsset'
import { boxGlasses } from '../helpers/glb'

export const KHRONOS_SHA256 = '25d72dd0869c99f94a3c0d6dfe0707714eca056e531f6ff77e7545719c86ab8c'
const KHRONOS = new Uint8Array(readFileSync(new URL('../../../../../shared/fixtures/glb/SunglassesKhronos.glb', import.meta.url)))

// GLTFLoader reads `self.URL` for embedded images; in Node the page's global is globalThis.
// Textures cannot be decoded without a DOM (the loader logs and skips them); geometry, materials
// and the required extensions are checked for real.
async function loadWithThree(bytes: Uint8Array) {
  ;(globalThis as { self?: unknown }).self ??= globalThis
  const errors: unknown[] = []
  const original = console.error
  console.error = (...args: unknown[]) => { errors.push(args) }
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const gltf = await new GLTFLoader().parseAsync(buffer, '')
    return { scene: gltf.scene, errors }
  } finally {
    console.error = original
  }
}

describe('processAsset', () => {
  let khronos: ProcessedAsset
  beforeAll(async () => {
    expect(createHash('sha256').update(KHRONOS).digest('hex')).toBe(KHRONOS_SHA256)
    khronos = await processAsset(KHRONOS, 'glasses')
  }, 60_000)

  it('accepts the Khronos sunglasses, validated by Khronos with no error, and makes them smaller', () => {
    expect(khronos.ok).toBe(true)
    const { report } = khronos
    expect(report.khronos).toMatchObject({ errors: 0, validatorVersion: expect.stringMatching(/^2\./) })
    expect(report.optimisation).toMatchObject({ applied: true, steps: ['dedup', 'prune', 'weld', 'quantize', 'textures → WebP ≤ 1024 px'] })
    expect(report.sizes.original).toBe(371188)
    expect(report.sizes.optimised).toBeLessThan(0.75 * report.sizes.original)
    expect(report.stats.optimised!.triangles).toBe(report.stats.original!.triangles)
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  it('emits only extensions three.js loads without a decoder, and a WebP texture that decodes', async () => {
    if (!khronos.ok) throw new Error('refused')
    const check = checkGlb(khronos.bytes)
    expect(check.stats!.extensionsRequired.sort()).toEqual(['EXT_texture_webp', 'KHR_mesh_quantization'])
    const parsed = parseGlb(khronos.bytes)
    if (!parsed.ok) throw new Error('not a GLB')
    const image = check.stats!.images[0]!
    expect(image).toMatchObject({ mimeType: 'image/webp', width: 1024, height: 128 })
    const view = (parsed.container.json.bufferViews as { byteOffset?: number; byteLength: number }[])[(parsed.container.json.images as { bufferView: number }[])[0]!.bufferView]!
    const meta = await sharp(parsed.container.bin!.subarray(view.byteOffset ?? 0, (view.byteOffset ?? 0) + view.byteLength)).metadata()
    expect(meta).toMatchObject({ format: 'webp', width: 1024, height: 128 })
  })

  it('still loads in three.js GLTFLoader with the same meshes and the same size to 0.1 mm', async () => {
    if (!khronos.ok) throw new Error('refused')
    const before = await loadWithThree(KHRONOS)
    const after = await loadWithThree(khronos.bytes)
    const meshes = (s: typeof before.scene) => { let n = 0; s.traverse((o) => { if ((o as { isMesh?: boolean }).isMesh) n++ }); return n }
    expect(meshes(after.scene)).toBe(meshes(before.scene))
    const a = new Box3().setFromObject(before.scene), b = new Box3().setFromObject(after.scene)
    for (const k of ['x', 'y', 'z'] as const) {
      expect(Math.abs(a.min[k] - b.min[k])).toBeLessThan(1e-4)
      expect(Math.abs(a.max[k] - b.max[k])).toBeLessThan(1e-4)
    }
  })

  it('lists colour variants and keeps them through optimisation', async () => {
    const result = await processAsset(boxGlasses({ variants: [{ name: 'Gold', rgb: [0.58, 0.37, 0.1] }, { name: 'Black', rgb: [0.01, 0.01, 0.01] }] }), 'glasses')
    expect(result.ok).toBe(true)
    expect(result.report.variants).toEqual([{ name: 'Gold', hex: '#c8a459' }, { name: 'Black', hex: '#191919' }])
  })

  it('refuses an asset over its category budget but accepts it as a hat', async () => {
    const dense = boxGlasses({ gridCells: 150 })
    const glasses = await processAsset(dense, 'glasses')
    expect(glasses.ok).toBe(false)
    if (!glasses.ok) expect(glasses.rejection).toEqual({ code: 'over_budget', message: 'the asset is over its budget: 45,012 triangles, more than the 40,000 allowed: simplify the mesh (glasses budget)' })
    const hat = await processAsset(dense, 'hat')
    expect(hat.report.issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  it('warns about a model that is not glasses-sized, with the units that would fit', async () => {
    const result = await processAsset(boxGlasses({ width: 140 }), 'glasses')
    expect(result.ok).toBe(true)
    expect(result.report.issues.filter((i) => i.severity !== 'info')).toEqual([expect.objectContaining({ code: 'FIT_WIDTH', severity: 'warning', message: expect.stringContaining('with units "mm" it would be 140 mm') })])
  })
})
