import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEMO_CATALOG_URL, readAppOptions, SERVICE_CATALOG_URL } from '../../../src/ui/appOptions'
import { loadCatalog } from '../../../src/ui/loadCatalog'

const demo = JSON.parse(readFileSync(new URL('../../../assets/catalog/demo-catalog.json', import.meta.url), 'utf8'))
const service = { version: 1, products: [{ ...demo.products[0], id: 'acme-horizon', asset: { url: `/api/v1/assets/${'a'.repeat(64)}.glb`, sha256: 'a'.repeat(64) } }] }

type Answer = Response | Error
let answers: Record<string, Answer>
const fetched: string[] = []

beforeEach(() => {
  answers = {}
  fetched.length = 0
  vi.stubGlobal('location', new URL('http://127.0.0.1:5173/'))
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url)
    const answer = answers[url] ?? new Response('not found', { status: 404 })
    if (answer instanceof Error) throw answer
    return answer
  })
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })

describe('readAppOptions', () => {
  it("loads the catalog service's catalog by default and an explicit ?catalog= as given", () => {
    expect(readAppOptions('').catalogUrl).toBe(SERVICE_CATALOG_URL)
    expect(readAppOptions('?catalog=/catalog/broken.json').catalogUrl).toBe('/catalog/broken.json')
  })
})

describe('loadCatalog', () => {
  it("uses the service's published products when it answers", async () => {
    answers[SERVICE_CATALOG_URL] = json(service)
    const catalog = await loadCatalog(SERVICE_CATALOG_URL)
    expect(catalog.products.map((p) => p.id)).toEqual(['acme-horizon'])
    expect(catalog.products[0]!.asset.url).toBe(`/api/v1/assets/${'a'.repeat(64)}.glb`)
    expect(fetched).toEqual([SERVICE_CATALOG_URL])
  })

  it.each([
    ['unreachable', new TypeError('Failed to fetch'), /could not be reached/],
    ['down behind the proxy', new Response('', { status: 502 }), /answered HTTP 502/],
    ['answering something that is not JSON', new Response('<html>', { status: 200 }), /not valid JSON/],
    ['answering an invalid catalog', json({ version: 1, products: [{ id: 'x' }] }), /has problems: .*products\[0\].name: missing required field/s],
  ])('falls back to the bundled demo catalog when the service is %s, and says why', async (_label, answer, reason) => {
    answers[SERVICE_CATALOG_URL] = answer
    answers[DEMO_CATALOG_URL] = json(demo)
    const catalog = await loadCatalog(SERVICE_CATALOG_URL)
    expect(catalog.products).toHaveLength(demo.products.length)
    expect(catalog.products[0]!.asset.url).toBe('/glasses/sunglasses-khronos.glb')
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(reason))
  })

  it('names both failures when the bundled catalog fails too', async () => {
    answers[SERVICE_CATALOG_URL] = new Response('', { status: 502 })
    await expect(loadCatalog(SERVICE_CATALOG_URL)).rejects.toThrow(
      'The catalog /api/v1/catalog answered HTTP 502. The bundled catalog could not be used either: The catalog /catalog/demo-catalog.json answered HTTP 404.',
    )
  })

  it('does not fall back from a catalog given with ?catalog=', async () => {
    answers['/catalog/broken.json'] = json({ version: 1, products: [{ ...demo.products[1], price: { amount: 1, currency: 'euro' } }] })
    answers[DEMO_CATALOG_URL] = json(demo)
    await expect(loadCatalog('/catalog/broken.json')).rejects.toThrow(/products\[0\]\.price\.currency/)
    expect(fetched).toEqual(['/catalog/broken.json'])
  })
})
