import { ApiProblem } from './ApiProblem'
import type { AssetView, ProductInput, ProductView } from './types'

/** Where the studio reaches the catalog service: the page's own origin (Vite proxies `/api`). */
export const API_BASE = '/api/v1'

/**
 * The catalog service as the signed-in brand sees it: every call carries the brand token as a
 * bearer token and rejects with an {@link ApiProblem} naming what went wrong. Uploads, which need
 * progress, are in `uploadAsset`.
 */
export class StudioApi {
  constructor(readonly token: string) {}

  listProducts(): Promise<ProductView[]> {
    return this.call<{ products: ProductView[] }>('GET', '/products', 'the product list').then((r) => r.products)
  }

  getAsset(id: string): Promise<AssetView> {
    return this.call('GET', `/assets/${encodeURIComponent(id)}`, 'the asset')
  }

  createProduct(input: ProductInput): Promise<ProductView> {
    return this.call('POST', '/products', 'the new product', input)
  }

  updateProduct(id: string, patch: ProductInput): Promise<ProductView> {
    return this.call('PATCH', `/products/${encodeURIComponent(id)}`, 'the changes', patch)
  }

  publish(id: string): Promise<ProductView> {
    return this.call('POST', `/products/${encodeURIComponent(id)}/publish`, 'the publication')
  }

  unpublish(id: string): Promise<ProductView> {
    return this.call('POST', `/products/${encodeURIComponent(id)}/unpublish`, 'the unpublication')
  }

  async deleteProduct(id: string): Promise<void> {
    await this.call('DELETE', `/products/${encodeURIComponent(id)}`, 'the deletion')
  }

  /**
   * Sets the product's catalog thumbnail (PNG, WebP or JPEG; the service re-encodes it to WebP of
   * at most 512 px) and answers the product, its manifest now with `thumbnail`.
   */
  putThumbnail(id: string, image: Blob): Promise<ProductView> {
    return this.call('PUT', `/products/${encodeURIComponent(id)}/thumbnail`, 'the thumbnail', image)
  }

  /** A stored thumbnail (a draft's is private: only its brand's token gets it). Immutable: the browser may cache it. */
  async fetchThumbnail(url: string): Promise<Blob> {
    const response = await this.send('GET', url, 'the thumbnail', undefined, 'default')
    if (!response.ok) throw ApiProblem.fromResponse(response.status, await response.text(), 'the thumbnail')
    return response.blob()
  }

  /** The stored GLB (a draft's asset is private: only its brand's token gets it). */
  async fetchAssetFile(url: string): Promise<ArrayBuffer> {
    const response = await this.send('GET', url, 'the model file')
    if (!response.ok) throw ApiProblem.fromResponse(response.status, await response.text(), 'the model file')
    return response.arrayBuffer()
  }

  private async call<T>(method: string, path: string, what: string, body?: unknown): Promise<T> {
    const response = await this.send(method, API_BASE + path, what, body)
    const text = await response.text()
    if (!response.ok) throw ApiProblem.fromResponse(response.status, text, what)
    if (response.status === 204 || text === '') return undefined as T
    try {
      return JSON.parse(text) as T
    } catch {
      throw new ApiProblem(response.status, 'bad_response', `the catalog service answered ${what} with something that is not JSON`)
    }
  }

  /** `body`: a Blob goes as it is, with its own type; anything else as JSON. */
  private async send(method: string, url: string, what: string, body?: unknown, cache: RequestCache = 'no-store'): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` }
    if (body instanceof Blob) headers['Content-Type'] = body.type || 'application/octet-stream'
    else if (body !== undefined) headers['Content-Type'] = 'application/json'
    try {
      return await fetch(url, { method, headers, cache, ...(body !== undefined && { body: body instanceof Blob ? body : JSON.stringify(body) }) })
    } catch (error) {
      throw ApiProblem.unreachable(what, error instanceof Error ? error.message : undefined)
    }
  }
}
