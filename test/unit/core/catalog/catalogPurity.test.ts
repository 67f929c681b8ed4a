import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// core/catalog is shared by the browser studio and the Node catalog service, so it may import
// nothing but other core modules, and must not touch browser globals or do I/O.
const DIR = new URL('../../../../src/core/catalog/', import.meta.url)
const sources = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => ({ f, text: readFileSync(new URL(f, DIR), 'utf8') }))

describe('core/catalog purity', () => {
  it('has modules to check', () => {
    expect(sources.map((s) => s.f)).toEqual(expect.arrayContaining(['index.ts', 'types.ts', 'validateManifest.ts']))
  })

  it.each(sources.map((s) => [s.f, s.text] as const))('%s imports only core modules', (_, text) => {
    const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!)
    for (const spec of specifiers) expect(spec).toMatch(/^\.\/|^\.\.\/face\//)
  })

  it.each(sources.map((s) => [s.f, s.text] as const))('%s uses no browser globals or I/O', (_, text) => {
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '') // comments may mention them
    expect(code).not.toMatch(/\b(window|document|navigator|fetch|localStorage|require)\b|node:/)
  })
})
