// Geometry helpers for the demo glasses: an indexed triangle mesh builder, a tube sweep with a
// superellipse cross-section, and a gently domed lens. Units are millimetres until export.

const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const normalize = (a) => { const l = Math.hypot(...a) || 1; return [a[0] / l, a[1] / l, a[2] / l] }
const sgnPow = (x, p) => Math.sign(x) * Math.abs(x) ** p

/** Positions, normals and indices of one glTF primitive. */
export class MeshBuilder {
  positions = []
  normals = []
  indices = []

  vertex(p, n) {
    this.positions.push(...p)
    this.normals.push(...n)
    return this.positions.length / 3 - 1
  }

  /** Adds a triangle, flipping its winding so the face looks the way its vertex normals do. */
  triangle(a, b, c) {
    const p = (i) => this.positions.slice(i * 3, i * 3 + 3)
    const n = (i) => this.normals.slice(i * 3, i * 3 + 3)
    const face = cross(sub(p(b), p(a)), sub(p(c), p(a)))
    const avg = [0, 1, 2].map((k) => n(a)[k] + n(b)[k] + n(c)[k])
    if (dot(face, avg) < 0) this.indices.push(a, c, b)
    else this.indices.push(a, b, c)
  }

  get triangleCount() { return this.indices.length / 3 }
}

/** Closed superellipse ring: `[offsetAlongN, offsetAlongB, normalN, normalB]` per side. */
function profileRing(halfWidth, halfDepth, exponent, sides) {
  const ring = []
  for (let k = 0; k < sides; k++) {
    const t = (2 * Math.PI * k) / sides + Math.PI / sides // offset keeps flat faces centred
    const c = Math.cos(t), s = Math.sin(t)
    const gu = sgnPow(c, (2 * (exponent - 1)) / exponent) / halfWidth
    const gv = sgnPow(s, (2 * (exponent - 1)) / exponent) / halfDepth
    const l = Math.hypot(gu, gv) || 1
    ring.push([halfWidth * sgnPow(c, 2 / exponent), halfDepth * sgnPow(s, 2 / exponent), gu / l, gv / l])
  }
  return ring
}

/**
 * Sweeps a cross-section along `path` (array of [x, y, z]). `binormal` is a fixed unit vector
 * perpendicular to the whole path (Z for curves in the face plane, X for temples); the section's
 * width runs along `tangent × binormal`, its depth along `binormal`. Open paths get flat caps.
 * `taper(i)` scales the section at point i (default 1).
 */
export function sweep(mesh, path, { closed, halfWidth, halfDepth, exponent = 2, sides = 10, binormal, taper = () => 1 }) {
  const count = path.length
  const ring = profileRing(halfWidth, halfDepth, exponent, sides)
  const rows = []
  const frames = path.map((p, i) => {
    const prev = path[closed ? (i - 1 + count) % count : Math.max(i - 1, 0)]
    const next = path[closed ? (i + 1) % count : Math.min(i + 1, count - 1)]
    const tangent = normalize(sub(next, prev))
    return { p, tangent, n: normalize(cross(tangent, binormal)), s: taper(i) }
  })
  for (const { p, n, s } of frames) {
    rows.push(ring.map(([u, v, nu, nv]) => mesh.vertex(
      [0, 1, 2].map((k) => p[k] + s * (u * n[k] + v * binormal[k])),
      normalize([0, 1, 2].map((k) => nu * n[k] + nv * binormal[k])),
    )))
  }
  const segments = closed ? count : count - 1
  for (let i = 0; i < segments; i++) {
    const r0 = rows[i], r1 = rows[(i + 1) % count]
    for (let k = 0; k < sides; k++) {
      const k1 = (k + 1) % sides
      mesh.triangle(r0[k], r1[k], r1[k1])
      mesh.triangle(r0[k], r1[k1], r0[k1])
    }
  }
  if (!closed) for (const [end, sign] of [[frames[0], -1], [frames[count - 1], 1]]) cap(mesh, end, ring, binormal, sign)
}

function cap(mesh, { p, tangent, n, s }, ring, binormal, sign) {
  const normal = tangent.map((t) => t * sign)
  const centre = mesh.vertex(p, normal)
  const ids = ring.map(([u, v]) => mesh.vertex([0, 1, 2].map((k) => p[k] + s * (u * n[k] + v * binormal[k])), normal))
  for (let k = 0; k < ids.length; k++) mesh.triangle(centre, ids[k], ids[(k + 1) % ids.length])
}

/**
 * A lens filling `outline` (2D points around the origin, lens-local millimetres), domed towards +Z
 * by `bulge` at the centre and flat at the rim, with `rings` concentric rows of vertices.
 */
export function lensDisc(mesh, outline, bulge, rings = 3) {
  const radius2 = Math.max(...outline.map(([x, y]) => x * x + y * y))
  const at = (x, y) => mesh.vertex(
    [x, y, bulge * (1 - (x * x + y * y) / radius2)],
    normalize([(2 * bulge * x) / radius2, (2 * bulge * y) / radius2, 1]),
  )
  const centre = at(0, 0)
  let inner = null
  for (let r = 1; r <= rings; r++) {
    const f = r / rings
    const row = outline.map(([x, y]) => at(x * f, y * f))
    for (let k = 0; k < row.length; k++) {
      const k1 = (k + 1) % row.length
      if (inner === null) mesh.triangle(centre, row[k], row[k1])
      else { mesh.triangle(inner[k], row[k], row[k1]); mesh.triangle(inner[k], row[k1], inner[k1]) }
    }
    inner = row
  }
}
