// Lays out one pair of glasses from a style spec and returns a glTF-Transform Document.
// Layout in millimetres, exported in metres. Pivot (origin) = where the bridge rests on the nose:
// x = 0, y = underside of the bridge, z = back face of the frame front. Front faces +Z, +X is the
// wearer's left, temples run back along -Z (see src/core/catalog/types.ts).
import { Document } from '@gltf-transform/core'
import { MeshBuilder, lensDisc, sweep } from './geometry.mjs'
import { sampleOutline } from './outlines.mjs'

const X = [1, 0, 0], Z = [0, 0, 1]
const RIM_SEGMENTS = 88
const srgbToLinear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const hexToLinear = (hex) => [1, 3, 5].map((i) => srgbToLinear(parseInt(hex.slice(i, i + 2), 16) / 255))

/** Offsets a closed CCW 2D outline outwards by `d` (millimetres). */
function offsetOutline(points, d) {
  return points.map((p, i) => {
    const a = points[(i - 1 + points.length) % points.length], b = points[(i + 1) % points.length]
    const tx = b[0] - a[0], ty = b[1] - a[1], l = Math.hypot(tx, ty)
    return [p[0] + (d * ty) / l, p[1] - (d * tx) / l]
  })
}

/** Point of a rim (left lens, world x/y) on its nose side (`inner`) or temple side closest to height y. */
function rimPointAt(rim, y, inner, cx) {
  const side = rim.filter(([x]) => (inner ? x < cx : x > cx))
  return side.reduce((best, p) => (Math.abs(p[1] - y) < Math.abs(best[1] - y) ? p : best))
}

/** The longest-running stretch of a closed line above height `yMin`, in order. */
function upperRun(line, yMin) {
  const above = line.map((p) => p[1] > yMin)
  const start = above.findIndex((a, i) => a && !above[(i - 1 + above.length) % above.length])
  const run = []
  for (let k = 0; k < line.length && above[(start + k) % line.length]; k++) run.push(line[(start + k) % line.length])
  return run
}

/** Symmetric parabola from (-xEnd, yEnd) to (xEnd, yEnd), `rise` higher at x = 0 (negative: sags). */
function parabola(xEnd, yEnd, rise, segments) {
  return Array.from({ length: segments + 1 }, (_, i) => {
    const x = -xEnd + (2 * xEnd * i) / segments
    return [x, yEnd + rise * (1 - (x / xEnd) ** 2)]
  })
}

/** Left-lens rim (world x, y) mirrored to the right lens, which is -X. */
const mirror = (points) => points.map(([x, y]) => [-x, y]).reverse()

function buildFront(spec, outline, layout) {
  const { rim, bridge, brow } = spec
  const { cx, cy, zc } = layout
  const frame = new MeshBuilder(), accent = brow ? new MeshBuilder() : null
  const rimLine = offsetOutline(outline, rim.width * 0.2).map(([u, v]) => [cx + u, cy + v])
  const tube = (mesh, path2d, section, closed, z = zc) => sweep(mesh, path2d.map(([x, y]) => [x, y, z]), { closed, binormal: Z, ...section })
  const rimSection = { halfWidth: rim.width / 2, halfDepth: rim.depth / 2, exponent: rim.exponent, sides: rim.sides }
  for (const line of [rimLine, mirror(rimLine)]) tube(frame, line, rimSection, true)

  // Bridge: a parabolic arch whose underside at x = 0 is the pivot height (y = 0).
  const yEnd = bridge.width / 2 - bridge.arch
  const [xEnd] = rimPointAt(rimLine, yEnd, true, cx)
  const bridgeSection = { halfWidth: bridge.width / 2, halfDepth: rim.depth / 2, exponent: rim.exponent, sides: rim.sides }
  tube(frame, parabola(xEnd, yEnd, bridge.arch, 24), bridgeSection, false)
  if (bridge.topBar !== undefined) {
    const yTop = cy + bridge.topBar * layout.vMax
    const [xTop] = rimPointAt(rimLine, yTop, true, cx)
    tube(frame, parabola(xTop, yTop, -0.8, 12), bridgeSection, false) // aviator double bridge
  }
  if (brow) {
    const browLine = offsetOutline(outline, rim.width * 0.2 + brow.lift).map(([u, v]) => [cx + u, cy + v])
    const browSection = { halfWidth: brow.width / 2, halfDepth: brow.depth / 2, exponent: 4, sides: rim.sides }
    // Same back plane as the rims (z = 0), so the brow never sits behind the pivot.
    for (const line of [browLine, mirror(browLine)]) tube(accent, upperRun(line, cy + brow.from * layout.vMax), browSection, false, brow.depth / 2)
  }
  // End pieces: short bars from the rim's temple side out to the hinges.
  const [xOuter] = rimPointAt(rimLine, layout.yHinge, false, cx)
  const endSection = { halfWidth: spec.endpiece.width / 2, halfDepth: rim.depth / 2, exponent: 4, sides: rim.sides }
  for (const s of [1, -1]) tube(brow ? accent : frame, [[s * xOuter, layout.yHinge], [s * layout.xHinge, layout.yHinge]], endSection, false)
  return { frame, accent }
}

/** Temple in its node's space (origin at the hinge): straight back, then bending down at the ear. */
function buildTemple(spec, zc) {
  const { temple } = spec
  const path = []
  const slope = (3 * Math.PI) / 180 // a slight downward run brings the ear bend down to ear height
  for (let i = 0; i <= 6; i++) {
    const z = zc - ((temple.straight + zc) * i) / 6
    path.push([0, -Math.tan(slope) * (zc - z), z])
  }
  // Bend: equal steps whose direction turns down by bendDeg in total (a circular arc).
  const steps = 20, step = temple.bendLength / steps
  for (let i = 1; i <= steps; i++) {
    const [, y, z] = path[path.length - 1]
    const angle = slope + (temple.bendDeg * Math.PI * (i - 0.5)) / (180 * steps)
    path.push([0, y - step * Math.sin(angle), z - step * Math.cos(angle)])
  }
  const mesh = new MeshBuilder()
  const taper = (i) => 1 - (temple.taper * i) / (path.length - 1)
  sweep(mesh, path, { closed: false, halfWidth: temple.height / 2, halfDepth: temple.thickness / 2, exponent: temple.exponent, sides: 10, binormal: X, taper })
  return mesh
}

function material(doc, name, { hex, metallic, roughness, opacity }) {
  const m = doc.createMaterial(name).setBaseColorFactor([...hexToLinear(hex), opacity ?? 1])
    .setMetallicFactor(metallic).setRoughnessFactor(roughness)
  return opacity === undefined ? m : m.setAlphaMode('BLEND').setDoubleSided(true)
}

function primitive(doc, buffer, mesh, mat) {
  const accessor = (type, array) => doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)
  return doc.createPrimitive().setMaterial(mat)
    .setAttribute('POSITION', accessor('VEC3', new Float32Array(mesh.positions.map((v) => v / 1000))))
    .setAttribute('NORMAL', accessor('VEC3', new Float32Array(mesh.normals)))
    .setIndices(accessor('SCALAR', mesh.positions.length / 3 > 65535 ? new Uint32Array(mesh.indices) : new Uint16Array(mesh.indices)))
}

/** Builds the glTF document for one style spec (see make-demo-glasses.mjs for the fields). */
export function buildGlasses(spec) {
  const outline = sampleOutline(spec.outline, spec.lensWidth, spec.lensHeight, RIM_SEGMENTS)
  const vMax = Math.max(...outline.map((p) => p[1])), uMin = Math.min(...outline.map((p) => p[0]))
  const cx = spec.dbl / 2 - uMin // DBL is measured between the lens edges
  const cy = spec.bridge.width / 2 - spec.bridge.arch - spec.bridge.level * vMax
  const zc = spec.rim.depth / 2 // back face of the front at z = 0
  const yHinge = cy + spec.hingeLevel * vMax
  const xHinge = cx + Math.max(...outline.map((p) => p[0])) + spec.rim.width * 0.7 + spec.endpiece.length
  const layout = { cx, cy, zc, vMax, yHinge, xHinge }

  const doc = new Document()
  doc.getRoot().getAsset().generator = 'Vitrine scripts/make-demo-glasses.mjs'
  const buffer = doc.createBuffer()
  const frameMat = material(doc, 'frame', spec.frameMaterial)
  const accentMat = spec.accentMaterial ? material(doc, 'accent', spec.accentMaterial) : frameMat
  const lensMat = material(doc, 'lens', spec.lensMaterial)
  const { frame, accent } = buildFront(spec, outline, layout)
  const front = doc.createMesh('frame_front').addPrimitive(primitive(doc, buffer, frame, frameMat))
  if (accent) front.addPrimitive(primitive(doc, buffer, accent, accentMat))
  // Both temples share one mesh: the section is symmetric, only the node translation differs.
  const templeMat = spec.templeMaterial === 'accent' ? accentMat : frameMat
  const temple = doc.createMesh('temple').addPrimitive(primitive(doc, buffer, buildTemple(spec, zc), templeMat))
  const root = doc.createNode(spec.id).setExtras({ vitrinePivotNote: 'bridge rests on the nose', units: 'm' }) // not `pivot`: three's GLTFLoader reads extras.pivot as a vector
    .addChild(doc.createNode('frame_front').setMesh(front))
  for (const [side, s] of [['left', 1], ['right', -1]]) {
    const lens = new MeshBuilder()
    lensDisc(lens, s > 0 ? outline : mirror(outline), spec.lensBulge)
    root.addChild(doc.createNode(`lens_${side}`).setTranslation([(s * cx) / 1000, cy / 1000, zc / 1000])
      .setMesh(doc.createMesh(`lens_${side}`).addPrimitive(primitive(doc, buffer, lens, lensMat))))
    const hingeX = s * (xHinge - spec.temple.thickness / 2)
    root.addChild(doc.createNode(`temple_${side}`).setTranslation([hingeX / 1000, yHinge / 1000, 0])
      .setMesh(temple))
  }
  doc.createScene(spec.id).addChild(root)
  return doc
}
