import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

// If anything in core/ imported React or three.js, these empty stand-ins would break it.
vi.mock('react', () => ({}))
vi.mock('three', () => ({}))

const coreDir = join(import.meta.dirname, '..', '..', '..', 'src', 'core')
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('src/core is pure', () => {
  it('loads in Node with react and three mocked away', async () => {
    const core = await import('../../../src/core/index')
    expect(typeof core.validateCatalog).toBe('function')
    expect(typeof core.PoseFilter).toBe('function')
  })

  it.each(sources(coreDir).map((path) => [path.slice(coreDir.length + 1), path] as const))('%s imports no DOM, React or three.js', (_name, path) => {
    const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    const specifiers = [...code.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!)
    for (const spec of specifiers) expect(spec.startsWith('.'), spec).toBe(true)
    expect(code).not.toMatch(/\b(window|document|navigator|localStorage|sessionStorage|indexedDB)\./)
  })
})
