// Lens outlines for the demo glasses, in lens-local millimetres: u runs from the nose towards the
// temple, v runs up. Each shape is a deformed superellipse, resampled to even spacing along its
// length so the rim tube has evenly sized segments.

const sgnPow = (x, p) => Math.sign(x) * Math.abs(x) ** p
const superellipse = (a, b, n, t) => [a * sgnPow(Math.cos(t), 2 / n), b * sgnPow(Math.sin(t), 2 / n)]
const clamp01 = (x) => Math.min(1, Math.max(0, x))

/** Shape functions `(a, b, t) => [u, v]` for half-width a, half-height b, angle t. */
export const OUTLINES = {
  round: (a, b, t) => superellipse(a, b, 2, t),
  rectangle: (a, b, t) => superellipse(a, b, 5, t),
  // Upper outer corner swept up and out (the "wing"), top edge sloping down towards the nose.
  catEye: (a, b, t) => {
    const [u, v] = superellipse(a, b, 2.6, t)
    const up = clamp01(v / b), wing = clamp01(u / a) ** 2 * up
    return [u + 0.12 * a * wing, v + 0.45 * b * wing - 0.15 * b * up * clamp01(-u / a)]
  },
  // Teardrop: flat top, round bottom that hangs lower and leans towards the nose.
  aviator: (a, b, t) => {
    const top = Math.sin(t) >= 0
    const [u, v] = superellipse(a, b, top ? 3.5 : 2, t)
    if (top) return [u, v]
    const towardsNose = clamp01((a - u) / (2 * a))
    return [u - 0.15 * a * clamp01(-v / b), v * (1 + 0.3 * towardsNose)]
  },
  // Wayfarer-like trapezoid: wider at the top, outer top corner raised.
  trapezoid: (a, b, t) => {
    const [u, v] = superellipse(a, b, 4.5, t)
    return [u * (1 + 0.08 * (v / b)), v + 0.12 * b * clamp01(u / a) * clamp01(v / b)]
  },
  // Clubmaster-like: squarer top under the brow, rounder bottom.
  browline: (a, b, t) => superellipse(a, b, Math.sin(t) >= 0 ? 4 : 2.4, t),
}

/**
 * `count` points evenly spaced along the named outline, counter-clockwise in (u, v), centred so
 * its bounding box is centred on the origin.
 */
export function sampleOutline(name, width, height, count) {
  const shape = OUTLINES[name]
  if (!shape) throw new Error(`unknown outline "${name}"`)
  const dense = Array.from({ length: 2048 }, (_, i) => shape(width / 2, height / 2, (2 * Math.PI * i) / 2048))
  const lengths = [0]
  for (let i = 1; i <= dense.length; i++) {
    const [a, b] = [dense[i - 1], dense[i % dense.length]]
    lengths.push(lengths[i - 1] + Math.hypot(b[0] - a[0], b[1] - a[1]))
  }
  const total = lengths[dense.length]
  const points = []
  for (let k = 0, j = 0; k < count; k++) {
    const target = (total * k) / count
    while (lengths[j + 1] < target) j++
    const f = (target - lengths[j]) / (lengths[j + 1] - lengths[j])
    const [a, b] = [dense[j], dense[(j + 1) % dense.length]]
    points.push([a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])])
  }
  const us = points.map((p) => p[0]), vs = points.map((p) => p[1])
  const du = (Math.max(...us) + Math.min(...us)) / 2, dv = (Math.max(...vs) + Math.min(...vs)) / 2
  return points.map(([u, v]) => [u - du, v - dv])
}
