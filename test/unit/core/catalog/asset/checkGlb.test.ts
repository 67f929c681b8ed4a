import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkGlb, parseGlb } from '../../../../../src/core/catalog/asset'
import { boxGlasses, buildGlb } from '../../../server/helpers/glb'
import { malformedCorpus } from '../../../server/helpers/corpus'

const KHRONOS = new Uint8Array(readFileSync(new URL('../../../../../../shared/fixtures/glb/SunglassesKhronos.glb', import.meta.url)))

describe('checkGlb', () => {
  it('accepts the Khronos sunglasses and reads their figures from the JSON and the PNG header', () => {
    const check = checkGlb(KHRONOS)
    expect(check.issues).toEqual([])
    expect(check.ok).toBe(true)
    expect(check.stats).toMatchObject({ bytes: 371188, triangles: 13396, drawCalls: 8, materials: 5, textures: 1, maxTextureSizePx: 1024 })
    expect(check.stats!.images).toEqual([{ index: 0, mimeType: 'image/png', width: 1024, height: 128 }])
    const width = check.stats!.bounds!.max[0] - check.stats!.bounds!.min[0]
    expect(width).toBeGreaterThan(0.14)
    expect(width).toBeLessThan(0.16)
  })

  it("gives the box's bounds in metres and its triangle count", () => {
    const check = checkGlb(boxGlasses({ width: 0.135, gridCells: 10 }))
    expect(check.ok).toBe(true)
    expect(check.stats!.triangles).toBe(12 + 200)
    expect(check.stats!.bounds!.min[0]).toBeCloseTo(-0.0675, 6)
    expect(check.stats!.bounds!.max[2]).toBeCloseTo(0.005, 6)
  })

  it.each(malformedCorpus().filter((c) => c.code !== 'gltf_validation_failed').map((c) => [c.name, c] as const))('refuses a %s with a specific message', (_, entry) => {
    const check = checkGlb(entry.bytes)
    expect(check.ok).toBe(false)
    expect(check.issues[0]!.code).toBe(entry.issue)
    expect(check.issues[0]!.message).toMatch(entry.message)
  })

  it('refuses a second JSON chunk, a missing BIN chunk and a node cycle', () => {
    const { json } = { json: { asset: { version: '2.0' }, buffers: [{ byteLength: 4 }] } }
    expect(checkGlb(buildGlb(json)).issues[0]).toMatchObject({ code: 'GLB_MISSING_BIN', pointer: '/buffers/0' })
    const cycle = buildGlb({ asset: { version: '2.0' }, scenes: [{ nodes: [0] }], scene: 0, nodes: [{ children: [1] }, { children: [0] }] })
    expect(checkGlb(cycle).issues[0]).toMatchObject({ code: 'GLTF_NODE_HIERARCHY', message: 'nodes[0] is its own ancestor: the node hierarchy has a cycle' })
  })

  it('refuses extensions the shopper app cannot decode, saying what to do', () => {
    const draco = buildGlb({ asset: { version: '2.0' }, extensionsUsed: ['KHR_draco_mesh_compression'], extensionsRequired: ['KHR_draco_mesh_compression'] })
    expect(checkGlb(draco).issues).toEqual([expect.objectContaining({ code: 'GLTF_REQUIRED_EXTENSION', message: expect.stringMatching(/requires the extension KHR_draco_mesh_compression: export without Draco/) })])
  })

  it('parses without copying: the BIN chunk is a view into the input', () => {
    const bytes = boxGlasses()
    const parsed = parseGlb(bytes)
    expect(parsed.ok && parsed.container.bin!.buffer).toBe(bytes.buffer)
  })
})
