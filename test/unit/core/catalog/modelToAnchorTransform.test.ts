import { describe, expect, it } from 'vitest'
import { modelToAnchorTransform, pickSizeVariant, transformPoint, validateProductManifest } from '../../../../src/core/catalog'
import type { ProductManifest, Vec3 } from '../../../../src/core/catalog'
import { minimalManifestInput } from './manifestFixtures'

function manifest(patch: Record<string, unknown> = {}): ProductManifest {
  return validateProductManifest({ ...minimalManifestInput(), ...patch })
}

// Independent reference: build S · Rx · Ry · Rz · T(-pivot) from elementary row-major matrices.
type M3 = number[][]
const mul = (a: M3, b: M3): M3 => a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)))
function reference(p: Vec3, deg: Vec3, pivot: Vec3, s: number): number[] {
  const [x, y, z] = deg.map((d) => (d * Math.PI) / 180) as Vec3
  const rx = [[1, 0, 0], [0, Math.cos(x), -Math.sin(x)], [0, Math.sin(x), Math.cos(x)]]
  const ry = [[Math.cos(y), 0, Math.sin(y)], [0, 1, 0], [-Math.sin(y), 0, Math.cos(y)]]
  const rz = [[Math.cos(z), -Math.sin(z), 0], [Math.sin(z), Math.cos(z), 0], [0, 0, 1]]
  const r = mul(mul(rx, ry), rz)
  const q = [p[0] - pivot[0], p[1] - pivot[1], p[2] - pivot[2]]
  return r.map((row) => s * (row[0]! * q[0]! + row[1]! * q[1]! + row[2]! * q[2]!))
}

function expectClose(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length)
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 9))
}

describe('modelToAnchorTransform', () => {
  it('turns metres into centimetres: a 1 m model becomes 100 cm', () => {
    const t = modelToAnchorTransform(manifest({ units: 'm' }))
    expect(t.scale).toBe(100)
    expectClose(transformPoint(t.matrix, [1, 0, 0]), [100, 0, 0])
    expectClose(transformPoint(t.matrix, [0, 0.5, -0.25]), [0, 50, -25])
  })

  it('scales millimetre and centimetre models to centimetres', () => {
    expect(modelToAnchorTransform(manifest({ units: 'mm' })).scale).toBeCloseTo(0.1, 12)
    expect(modelToAnchorTransform(manifest({ units: 'cm' })).scale).toBe(1)
    expectClose(transformPoint(modelToAnchorTransform(manifest({ units: 'mm' })).matrix, [140, 0, 0]), [14, 0, 0])
  })

  it('multiplies the manifest scale and the chosen size variant', () => {
    const m = manifest({ units: 'cm', scale: 2 })
    expect(modelToAnchorTransform(m, 'L').scale).toBeCloseTo(2.12, 12)
    expect(modelToAnchorTransform(m, 'S').scale).toBeCloseTo(1.88, 12)
  })

  it('maps the pivot to the anchor origin, whatever the rotation and scale', () => {
    const pivot: Vec3 = [0.01, 0.0387, -0.0046]
    const t = modelToAnchorTransform(manifest({ pivotOffset: pivot, rotationDeg: [10, -35, 70], scale: 1.3 }), 'L')
    expectClose(transformPoint(t.matrix, pivot), [0, 0, 0])
  })

  it('stores the pivot correction in the translation column (column-major)', () => {
    const t = modelToAnchorTransform(manifest({ pivotOffset: [0, 0.0387, -0.0046] }), 'M')
    expectClose(Array.from(t.matrix), [100, 0, 0, 0, 0, 100, 0, 0, 0, 0, 100, 0, 0, -3.87, 0.46, 1])
  })

  it('applies Euler XYZ rotation as Rx · Ry · Rz after the pivot correction', () => {
    // Ry(90°) turns a model that faces +X into one that faces +Z.
    expectClose(transformPoint(modelToAnchorTransform(manifest({ units: 'cm', rotationDeg: [0, 90, 0] })).matrix, [1, 0, 0]), [0, 0, -1])
    expectClose(transformPoint(modelToAnchorTransform(manifest({ units: 'cm', rotationDeg: [0, 90, 0] })).matrix, [0, 0, 1]), [1, 0, 0])
    // Order matters: Rz first then Rx sends +X to +Z (the other order would give +Y).
    expectClose(transformPoint(modelToAnchorTransform(manifest({ units: 'cm', rotationDeg: [90, 0, 90] })).matrix, [1, 0, 0]), [0, 0, 1])
    const deg: Vec3 = [25, -40, 130], pivot: Vec3 = [0.002, 0.03, -0.004], point: Vec3 = [0.07, 0.01, -0.1]
    const t = modelToAnchorTransform(manifest({ rotationDeg: deg, pivotOffset: pivot }), 'S')
    expectClose(transformPoint(t.matrix, point), reference(point, deg, pivot, 100 * 0.94))
  })

  it('defaults to the variant modelled at real size, and rejects an unknown variant', () => {
    const m = manifest()
    expect(modelToAnchorTransform(m).sizeVariant.id).toBe('M')
    expect(pickSizeVariant(manifest({ sizeVariants: [{ id: 'one', label: 'One size', scale: 1.2 }] })).id).toBe('one')
    expect(() => modelToAnchorTransform(m, 'XL')).toThrow('[vitrine/catalog] "orbit-round-gold" has no size variant "XL" (has S, M, L)')
  })

  it('returns copies, so editing the result leaves the manifest alone', () => {
    const m = manifest({ rotationDeg: [0, 10, 0] })
    modelToAnchorTransform(m).rotationDeg[1] = 99
    expect(m.rotationDeg).toEqual([0, 10, 0])
  })
})
