import { createHash } from 'node:crypto'
import type { CatalogPointer, CatalogPort } from '../../../../src/core/kiosk/catalogTypes'

/** An in-memory server and Cache Storage for updateCatalog. */
export class FakeCatalogPort implements CatalogPort {
  /** What the network serves: path → body (or a status, or 'unreachable'). */
  readonly served = new Map<string, Uint8Array | number | 'unreachable'>()
  readonly caches = new Map<string, Map<string, Uint8Array>>()
  pointer: CatalogPointer | undefined
  pointerWrites = 0

  serve(path: string, body: string | Uint8Array | number | 'unreachable'): void {
    this.served.set(path, typeof body === 'string' && body !== 'unreachable' ? new TextEncoder().encode(body) : body)
  }

  async fetchBytes(url: string) {
    const body = this.served.get(url)
    if (body === 'unreachable') throw new TypeError('Failed to fetch')
    if (body === undefined) return { status: 404, bytes: new Uint8Array(), contentType: 'text/plain' }
    if (typeof body === 'number') return { status: body, bytes: new Uint8Array(), contentType: 'text/plain' }
    return { status: 200, bytes: body, contentType: url.endsWith('.glb') ? 'model/gltf-binary' : 'application/json' }
  }

  async sha256(bytes: Uint8Array) {
    return createHash('sha256').update(bytes).digest('hex')
  }

  async put(cacheName: string, url: string, bytes: Uint8Array) {
    if (!this.caches.has(cacheName)) this.caches.set(cacheName, new Map())
    this.caches.get(cacheName)!.set(url, bytes)
  }

  async cacheNames() {
    return [...this.caches.keys()]
  }

  async dropCache(cacheName: string) {
    this.caches.delete(cacheName)
  }

  async readPointer() {
    return this.pointer
  }

  async writePointer(pointer: CatalogPointer) {
    this.pointer = pointer
    this.pointerWrites++
  }

  /** What a kiosk would serve for `path` now: through the pointer only. */
  servedFromCache(path: string): string | undefined {
    const cache = this.pointer && this.caches.get(this.pointer.cacheName)
    const bytes = cache?.get(path)
    return bytes && new TextDecoder().decode(bytes)
  }
}

export const sha = (text: string) => createHash('sha256').update(text).digest('hex')
