import { describe, expect, it } from 'vitest'
import { isCatalogCache } from '../../../../src/core/kiosk/kioskCaches'
import { updateCatalog } from '../../../../src/core/kiosk/updateCatalog'
import { demoProduct } from './catalogFixtures'
import { FakeCatalogPort, sha } from './catalogPortFake'

const URL = '/catalog/demo.json'

/** A catalog of products whose GLB bodies are the given texts (sha256 taken from them unless overridden). */
function publish(port: FakeCatalogPort, glbs: Record<string, string>, overrides: Record<string, Partial<{ sha256: string }>> = {}): string {
  const products = Object.entries(glbs).map(([id, body]) => {
    port.serve(`/glasses/${id}.glb`, body)
    return demoProduct(id, { url: `../glasses/${id}.glb`, sha256: sha(body), ...overrides[id] })
  })
  const document = JSON.stringify({ version: 1, products })
  port.serve(URL, document)
  return document
}

describe('updateCatalog', () => {
  it('installs a first catalog with every asset and points at it', async () => {
    const port = new FakeCatalogPort()
    const document = publish(port, { 'round-gold': 'GLB-A', 'cat-eye': 'GLB-B' })
    const outcome = await updateCatalog(port, URL, 1000)
    expect(outcome.status).toBe('updated')
    expect(port.pointer).toMatchObject({ catalogUrl: URL, sha256: sha(document), productCount: 2, installedAt: 1000, assetUrls: ['/glasses/round-gold.glb', '/glasses/cat-eye.glb'] })
    expect(port.servedFromCache(URL)).toBe(document)
    expect(port.servedFromCache('/glasses/cat-eye.glb')).toBe('GLB-B')
  })

  it('leaves everything alone when the catalog did not change', async () => {
    const port = new FakeCatalogPort()
    publish(port, { 'round-gold': 'GLB-A' })
    await updateCatalog(port, URL, 1000)
    const outcome = await updateCatalog(port, URL, 2000)
    expect(outcome).toMatchObject({ status: 'unchanged' })
    expect(port.pointerWrites).toBe(1)
    expect(port.pointer?.installedAt).toBe(1000)
  })

  it('downloads the same catalog again when its cache was deleted under it', async () => {
    const port = new FakeCatalogPort()
    publish(port, { 'round-gold': 'GLB-A' })
    await updateCatalog(port, URL, 1000)
    port.caches.clear()
    expect((await updateCatalog(port, URL, 2000)).status).toBe('updated')
    expect(port.servedFromCache('/glasses/round-gold.glb')).toBe('GLB-A')
  })

  it('swaps to a new catalog in one pointer write and drops the old one', async () => {
    const port = new FakeCatalogPort()
    publish(port, { 'round-gold': 'GLB-A' })
    await updateCatalog(port, URL, 1000)
    const oldCache = port.pointer!.cacheName
    const v2 = publish(port, { 'round-gold': 'GLB-A2', aviator: 'GLB-C' })
    const outcome = await updateCatalog(port, URL, 2000)
    expect(outcome.status).toBe('updated')
    expect(port.pointerWrites).toBe(2)
    expect(port.servedFromCache(URL)).toBe(v2)
    expect(port.servedFromCache('/glasses/round-gold.glb')).toBe('GLB-A2')
    expect([...port.caches.keys()].filter(isCatalogCache)).toEqual([port.pointer!.cacheName])
    expect(port.caches.has(oldCache)).toBe(false)
  })

  it('rejects a catalog with an asset that does not match its sha256 and keeps serving the old one whole', async () => {
    const port = new FakeCatalogPort()
    const v1 = publish(port, { 'round-gold': 'GLB-A', 'cat-eye': 'GLB-B' })
    await updateCatalog(port, URL, 1000)
    const before = port.pointer
    // The new catalog's second asset arrives corrupted (its sha256 is of other bytes).
    publish(port, { 'round-gold': 'GLB-A2', 'cat-eye': 'GLB-B2' }, { 'cat-eye': { sha256: sha('something else') } })
    const outcome = await updateCatalog(port, URL, 2000)
    expect(outcome.status).toBe('rejected')
    expect(outcome.message).toMatch(/asset \/glasses\/cat-eye\.glb \(product 'cat-eye'\) has sha256 [0-9a-f]{64}, but the catalog says [0-9a-f]{64}; keeping the current catalog/)
    expect(port.pointer).toBe(before)
    expect(port.servedFromCache(URL)).toBe(v1)
    expect(port.servedFromCache('/glasses/round-gold.glb')).toBe('GLB-A') // not the new, already downloaded A2
    expect([...port.caches.keys()].filter(isCatalogCache)).toEqual([before!.cacheName])
  })

  it('rejects a catalog whose asset is missing or unreachable, naming it', async () => {
    const port = new FakeCatalogPort()
    publish(port, { 'round-gold': 'GLB-A' })
    port.serve('/glasses/round-gold.glb', 404)
    expect((await updateCatalog(port, URL, 1000)).message).toMatch(/asset \/glasses\/round-gold\.glb \(product 'round-gold'\) answered HTTP 404/)
    port.serve('/glasses/round-gold.glb', 'unreachable')
    expect((await updateCatalog(port, URL, 1000)).message).toMatch(/could not be reached/)
    expect(port.pointer).toBeUndefined()
    expect(port.caches.size).toBe(0)
  })

  it('keeps the current catalog while the network is off', async () => {
    const port = new FakeCatalogPort()
    publish(port, { 'round-gold': 'GLB-A' })
    await updateCatalog(port, URL, 1000)
    port.serve(URL, 'unreachable')
    expect(await updateCatalog(port, URL, 2000)).toMatchObject({ status: 'offline' })
    expect(port.servedFromCache('/glasses/round-gold.glb')).toBe('GLB-A')
  })

  it('rejects a catalog that is not JSON, is invalid, or has an asset without sha256', async () => {
    const port = new FakeCatalogPort()
    port.serve(URL, '{ nope')
    expect((await updateCatalog(port, URL, 1)).message).toMatch(/is not valid JSON/)
    port.serve(URL, JSON.stringify({ version: 2, products: [] }))
    expect((await updateCatalog(port, URL, 1)).message).toMatch(/has problems:[\s\S]*version: expected 1, got 2/)
    port.serve(URL, JSON.stringify({ version: 1, products: [demoProduct('round-gold', { url: '/glasses/a.glb' })] }))
    expect((await updateCatalog(port, URL, 1)).message).toMatch(/product 'round-gold': asset \/glasses\/a\.glb has no sha256/)
    expect(port.pointer).toBeUndefined()
  })

  it('cleans up the half-filled cache of an interrupted earlier run', async () => {
    const port = new FakeCatalogPort()
    await port.put('vitrine-kiosk:catalog:deadbeefdeadbeef:5', '/glasses/x.glb', new Uint8Array([1]))
    publish(port, { 'round-gold': 'GLB-A' })
    await updateCatalog(port, URL, 1000)
    expect([...port.caches.keys()]).toEqual([port.pointer!.cacheName])
  })

  it('refuses a catalog URL that is not a path on this site', async () => {
    const port = new FakeCatalogPort()
    expect((await updateCatalog(port, 'https://cdn.example.com/c.json', 1)).message).toMatch(/must be a path on this site/)
    expect((await updateCatalog(port, '//cdn.example.com/c.json', 1)).status).toBe('rejected')
  })
})
