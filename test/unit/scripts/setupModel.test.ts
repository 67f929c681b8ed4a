import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const script = join(import.meta.dirname, '..', '..', '..', 'scripts', 'setup-model.mjs')
const run = (modelPath: string) =>
  spawnSync(process.execPath, [script], { env: { ...process.env, VITRINE_MODEL_PATH: modelPath }, encoding: 'utf8' })

describe('scripts/setup-model.mjs', () => {
  it('refuses a named model file whose sha256 is wrong, and says which', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'vitrine-model-')), 'face_landmarker.task')
    writeFileSync(bad, 'not a model')
    const result = run(bad)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('checksum mismatch')
    expect(result.stderr).toContain(bad)
  })

  it('names a path that does not exist', () => {
    const result = run('/nonexistent/face_landmarker.task')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('does not exist')
  })

  it('accepts the real model, given as a folder', () => {
    const result = run(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'models'))
    expect(result.stderr).toContain('sha256')
    expect(result.status).toBe(0)
  })
})
