#!/usr/bin/env node
// Generates the demo glasses GLBs in assets/glasses/ from code (glTF-Transform, no three.js).
// Run: node scripts/make-demo-glasses.mjs   (deterministic: same bytes on every run)
//
// Every model: metres, +Y up, front towards +Z, +X = wearer's left, temples along -Z, pivot
// (origin) where the bridge rests on the nose, so catalog manifests use pivotOffset [0, 0, 0].
// Nodes: frame_front, lens_left, lens_right, temple_left, temple_right (left = wearer's left).
// Spec lengths are millimetres: lensWidth/lensHeight (before shape tweaks), dbl (distance between
// lenses), rim/bridge/temple sections (width across the face, depth along Z), bridge.level and
// hingeLevel (fractions of the lens half-height above its centre where they join the rim).
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { NodeIO, VertexLayout, getBounds } from '@gltf-transform/core'
import { buildGlasses } from './demo-glasses/buildGlasses.mjs'

const OUT_DIR = fileURLToPath(new URL('../assets/glasses/', import.meta.url))
const LIMITS = { minWidthMm: 130, maxWidthMm: 145, maxBytes: 200_000, maxTriangles: 20_000 }

const metal = (hex, roughness = 0.22) => ({ hex, metallic: 1, roughness })
const acetate = (hex, roughness = 0.32) => ({ hex, metallic: 0, roughness })
const lens = (hex, opacity) => ({ hex, metallic: 0, roughness: 0.05, opacity })
const thinTemple = { height: 1.6, thickness: 1.4, exponent: 2, straight: 80, bendLength: 30, bendDeg: 50, taper: 0 }
const boldTemple = (height, thickness) => ({ height, thickness, exponent: 4, straight: 82, bendLength: 28, bendDeg: 45, taper: 0.35 })

/** One entry per demo product; ids match assets/catalog/demo-catalog.json. */
const STYLES = [
  {
    id: 'orbit-round-gold', outline: 'round', lensWidth: 49, lensHeight: 49, dbl: 21, lensBulge: 1.2,
    rim: { width: 1.8, depth: 1.8, exponent: 2, sides: 10 }, bridge: { width: 1.8, arch: 3, level: 0.5 },
    hingeLevel: 0.55, endpiece: { length: 7, width: 2.2 }, temple: thinTemple,
    frameMaterial: metal('#c9a45c'), lensMaterial: lens('#6b5a45', 0.35),
  },
  {
    id: 'atlas-rectangle-black', outline: 'rectangle', lensWidth: 52, lensHeight: 38, dbl: 18, lensBulge: 1.5,
    rim: { width: 5, depth: 4.5, exponent: 4, sides: 12 }, bridge: { width: 5, arch: 0.8, level: 0.55 },
    hingeLevel: 0.6, endpiece: { length: 3, width: 7 }, temple: boldTemple(5, 3),
    frameMaterial: acetate('#1b1b1f', 0.35), lensMaterial: lens('#8fa3b5', 0.2),
  },
  {
    id: 'mira-cat-eye-tortoise', outline: 'catEye', lensWidth: 50, lensHeight: 38, dbl: 17, lensBulge: 1.5,
    rim: { width: 4.6, depth: 4.2, exponent: 4, sides: 12 }, bridge: { width: 4.5, arch: 1, level: 0.5 },
    hingeLevel: 0.85, endpiece: { length: 3, width: 6.5 }, temple: boldTemple(4.5, 2.8),
    frameMaterial: acetate('#6e3b23', 0.3), lensMaterial: lens('#5a3a28', 0.55),
  },
  {
    id: 'pilot-aviator-silver', outline: 'aviator', lensWidth: 54, lensHeight: 48, dbl: 15, lensBulge: 2,
    rim: { width: 1.7, depth: 1.7, exponent: 2, sides: 10 }, bridge: { width: 1.8, arch: 2.5, level: 0.55, topBar: 0.9 },
    hingeLevel: 0.75, endpiece: { length: 5, width: 2 }, temple: { ...thinTemple, bendLength: 32, bendDeg: 55 },
    frameMaterial: metal('#c8ccd0', 0.18), lensMaterial: lens('#2f4a35', 0.75),
  },
  {
    id: 'clubline-browline-havana', outline: 'browline', lensWidth: 50, lensHeight: 40, dbl: 20, lensBulge: 1.2,
    rim: { width: 1.4, depth: 1.4, exponent: 2, sides: 10 }, bridge: { width: 1.8, arch: 2.5, level: 0.55 },
    brow: { width: 5.5, depth: 4.5, lift: 2, from: 0.15 }, hingeLevel: 0.7, endpiece: { length: 6, width: 5.5 },
    temple: boldTemple(4.5, 2.6), templeMaterial: 'accent',
    frameMaterial: metal('#b8955a', 0.25), accentMaterial: acetate('#4a2c1d', 0.35), lensMaterial: lens('#7d8790', 0.25),
  },
  {
    id: 'nomad-bold-navy', outline: 'trapezoid', lensWidth: 50, lensHeight: 41, dbl: 19, lensBulge: 1.5,
    rim: { width: 6, depth: 5, exponent: 4, sides: 12 }, bridge: { width: 6, arch: 1.2, level: 0.5 },
    hingeLevel: 0.75, endpiece: { length: 3, width: 8 }, temple: boldTemple(6, 3.2),
    frameMaterial: acetate('#1f2a44', 0.3), lensMaterial: lens('#2b2f33', 0.8),
  },
]

function triangleCount(doc) {
  let count = 0
  for (const node of doc.getRoot().listNodes()) {
    for (const prim of node.getMesh()?.listPrimitives() ?? []) count += prim.getIndices().getCount() / 3
  }
  return count
}

async function main() {
  // Separate (not interleaved) vertex attributes, as most asset tools emit them.
  const io = new NodeIO().setVertexLayout(VertexLayout.SEPARATE)
  await mkdir(OUT_DIR, { recursive: true })
  const problems = []
  for (const spec of STYLES) {
    const doc = buildGlasses(spec)
    const bytes = await io.writeBinary(doc)
    await writeFile(join(OUT_DIR, `${spec.id}.glb`), bytes)
    const { min, max } = getBounds(doc.getRoot().listScenes()[0])
    const widthMm = (max[0] - min[0]) * 1000
    const lensBounds = getBounds(doc.getRoot().listNodes().find((n) => n.getName() === 'lens_left'))
    const lensMm = (lensBounds.max[0] - lensBounds.min[0]) * 1000
    const tris = triangleCount(doc)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    console.log(`${spec.id}.glb  ${bytes.byteLength} B  ${tris} tris  width ${widthMm.toFixed(1)} mm  lens ${lensMm.toFixed(1)} mm  `
      + `depth ${((max[2] - min[2]) * 1000).toFixed(1)} mm  y ${(min[1] * 1000).toFixed(1)}..${(max[1] * 1000).toFixed(1)} mm  sha256 ${sha256}`)
    if (widthMm < LIMITS.minWidthMm || widthMm > LIMITS.maxWidthMm) problems.push(`${spec.id}: width ${widthMm.toFixed(1)} mm`)
    if (bytes.byteLength > LIMITS.maxBytes) problems.push(`${spec.id}: ${bytes.byteLength} bytes`)
    if (tris > LIMITS.maxTriangles) problems.push(`${spec.id}: ${tris} triangles`)
  }
  if (problems.length > 0) {
    console.error(`make-demo-glasses: out of limits:\n  ${problems.join('\n  ')}`)
    process.exitCode = 1
  }
}

await main()
