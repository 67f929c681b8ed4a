import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CANONICAL_FACE_POSITIONS_CM as P,
  CANONICAL_FACE_TRIANGLES,
  CANONICAL_FACE_UVS,
  CANONICAL_FACE_VERTEX_COUNT,
  PROCRUSTES_LANDMARK_IDS,
  PROCRUSTES_LANDMARK_WEIGHTS,
} from '../../../../src/core/face/canonicalFace'

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))
const SCRIPT = join(ROOT, 'scripts/extract-canonical-face.mjs')
const TABLE = join(ROOT, 'src/core/face/canonicalFace.ts')
const MODEL = [join(ROOT, 'assets/models/face_landmarker.task'), '/work/shared/models/face_landmarker.task'].find(
  (p) => existsSync(p),
)

const x = (i: number) => P[3 * i]!
const y = (i: number) => P[3 * i + 1]!
const z = (i: number) => P[3 * i + 2]!

describe('canonical face table', () => {
  it('holds 468 vertices with positions and uvs', () => {
    expect(CANONICAL_FACE_VERTEX_COUNT).toBe(468)
    expect(P.length).toBe(468 * 3)
    expect(CANONICAL_FACE_UVS.length).toBe(468 * 2)
    for (const v of CANONICAL_FACE_UVS) expect(v >= 0 && v <= 1).toBe(true)
  })

  it('is a triangle list indexing only existing vertices', () => {
    expect(CANONICAL_FACE_TRIANGLES.length % 3).toBe(0)
    expect(CANONICAL_FACE_TRIANGLES.length / 3).toBeGreaterThan(800)
    expect(Math.max(...CANONICAL_FACE_TRIANGLES)).toBeLessThan(468)
  })

  it('looks towards +Z: the nose tip is among the frontmost points', () => {
    let zMax = -Infinity
    for (let i = 0; i < 468; i++) zMax = Math.max(zMax, z(i))
    expect(z(1)).toBeGreaterThan(zMax - 0.5)
    expect(z(1)).toBeGreaterThan(z(168))
    expect(z(1)).toBeGreaterThan(z(234))
  })

  it('has +Y up: forehead above nose above chin', () => {
    expect(y(10)).toBeGreaterThan(y(168))
    expect(y(168)).toBeGreaterThan(y(1))
    expect(y(1)).toBeGreaterThan(y(152))
  })

  it("puts the wearer's right eye at x < 0 and the left eye at x > 0", () => {
    expect(x(33)).toBeLessThan(0)
    expect(x(133)).toBeLessThan(0)
    expect(x(263)).toBeGreaterThan(0)
    expect(x(362)).toBeGreaterThan(0)
    expect(x(234)).toBeLessThan(0)
    expect(x(454)).toBeGreaterThan(0)
  })

  it('has an adult interocular distance (eye centres 6-7 cm apart)', () => {
    const rightEye = [(x(33) + x(133)) / 2, (y(33) + y(133)) / 2, (z(33) + z(133)) / 2]
    const leftEye = [(x(263) + x(362)) / 2, (y(263) + y(362)) / 2, (z(263) + z(362)) / 2]
    const d = Math.hypot(leftEye[0]! - rightEye[0]!, leftEye[1]! - rightEye[1]!, leftEye[2]! - rightEye[2]!)
    expect(d).toBeGreaterThan(6)
    expect(d).toBeLessThan(7)
  })

  it('has Procrustes weights for existing landmarks', () => {
    expect(PROCRUSTES_LANDMARK_IDS.length).toBe(PROCRUSTES_LANDMARK_WEIGHTS.length)
    expect(PROCRUSTES_LANDMARK_IDS.length).toBeGreaterThan(0)
    for (const id of PROCRUSTES_LANDMARK_IDS) expect(id).toBeLessThan(468)
    for (const w of PROCRUSTES_LANDMARK_WEIGHTS) expect(w).toBeGreaterThan(0)
  })

  it.skipIf(!MODEL)('matches what the script extracts from the model bundle today', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-canonical-'))
    try {
      const out = join(dir, 'canonicalFace.ts')
      execFileSync(process.execPath, [SCRIPT, '--model', MODEL!, '--out', out], { stdio: 'pipe' })
      const same = readFileSync(out, 'utf8') === readFileSync(TABLE, 'utf8')
      expect(same, 'canonicalFace.ts drifted: run `node scripts/extract-canonical-face.mjs`').toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
