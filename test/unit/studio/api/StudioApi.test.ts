import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiProblem } from '../../../../src/studio/api/ApiProblem'
import { StudioApi } from '../../../../src/studio/api/StudioApi'

afterEach(() => { vi.unstubAllGlobals() })

function answer(status: number, body: unknown, type = 'application/json') {
  const fetch = vi.fn(async () => new Response(typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body), { status, headers: { 'Content-Type': type } }))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('StudioApi thumbnails', () => {
  it('puts the picture as it is, with its own type and the token, and answers the product', async () => {
    const product = { id: 'p1', manifest: { thumbnail: { url: `/api/v1/thumbnails/${'a'.repeat(64)}.webp`, sha256: 'a'.repeat(64) } } }
    const fetch = answer(200, product)
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' })
    await expect(new StudioApi('vtr_t').putThumbnail('p 1', png)).resolves.toEqual(product)
    expect(fetch).toHaveBeenCalledWith('/api/v1/products/p%201/thumbnail', {
      method: 'PUT', headers: { Authorization: 'Bearer vtr_t', 'Content-Type': 'image/png' }, cache: 'no-store', body: png,
    })
  })

  it('rejects with the service\'s words when the picture is refused', async () => {
    answer(422, { error: { code: 'thumbnail_invalid', message: 'the thumbnail is not a readable image: unsupported image format', details: {} } })
    const error = await new StudioApi('vtr_t').putThumbnail('p1', new Blob(['x'], { type: 'image/png' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiProblem)
    expect(error).toMatchObject({ status: 422, code: 'thumbnail_invalid', message: 'the thumbnail is not a readable image: unsupported image format' })
  })

  it('still sends JSON bodies as JSON', async () => {
    const fetch = answer(200, { id: 'p1' })
    await new StudioApi('vtr_t').updateProduct('p1', { name: 'New' })
    expect(fetch).toHaveBeenCalledWith('/api/v1/products/p1', expect.objectContaining({ headers: { Authorization: 'Bearer vtr_t', 'Content-Type': 'application/json' }, body: '{"name":"New"}' }))
  })

  it('fetches a stored thumbnail with the token, letting the browser cache it (it is immutable)', async () => {
    const fetch = answer(200, new Blob([new Uint8Array([82, 73, 70, 70])]), 'image/webp')
    const url = `/api/v1/thumbnails/${'b'.repeat(64)}.webp`
    const blob = await new StudioApi('vtr_t').fetchThumbnail(url)
    expect(blob.size).toBe(4)
    expect(fetch).toHaveBeenCalledWith(url, { method: 'GET', headers: { Authorization: 'Bearer vtr_t' }, cache: 'default' })
  })

  it('says a thumbnail another brand owns is not found, as the service does', async () => {
    answer(404, { error: { code: 'not_found', message: 'thumbnail not found', details: {} } })
    await expect(new StudioApi('vtr_t').fetchThumbnail('/api/v1/thumbnails/x.webp')).rejects.toMatchObject({ status: 404, message: 'thumbnail not found' })
  })
})
