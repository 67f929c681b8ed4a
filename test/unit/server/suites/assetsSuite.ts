import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { beforeAll, expect, it } from 'vitest'
import { malformedCorpus } from '../helpers/corpus'
import { boxGlasses } from '../helpers/glb'
import { makeBrand, type TestService } from '../helpers/testServer'

export const KHRONOS = new Uint8Array(readFileSync(new URL('../../../../../shared/fixtures/glb/SunglassesKhronos.glb', import.meta.url)))
const GLB = { 'content-type': 'model/gltf-binary' }
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Uploads, downloads and refusals of assets. The service's upload limit must be 1 MB. */
export function assetsSuite(s: TestService): void {
  let brand: Awaited<ReturnType<typeof makeBrand>>
  beforeAll(async () => { brand = await makeBrand(s.db, 'uploader') })
  const upload = (payload: Uint8Array | Readable, headers: Record<string, string> = {}, query = '') =>
    s.server.app.inject({ method: 'POST', url: `/api/v1/assets${query}`, headers: { ...GLB, ...brand.auth, ...headers }, payload: payload instanceof Uint8Array ? Buffer.from(payload) : payload })
  const storedFiles = async () => (await s.server.store.list()).map((e) => e.name).sort()

  it('stores the Khronos sunglasses: 201 with id, sha256, sizes and report; the owner downloads exactly those bytes', async () => {
    const res = await upload(KHRONOS)
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body).toMatchObject({ id: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), category: 'glasses', sizes: { original: 371188, optimised: expect.any(Number) } })
    expect(body.sizes.optimised).toBeLessThan(body.sizes.original)
    expect(body.report).toMatchObject({ ok: true, khronos: { errors: 0 }, optimisation: { applied: true } })
    expect(body.url).toBe(`/api/v1/assets/${body.sha256}.glb`)
    const file = await s.server.app.inject({ url: body.url, headers: brand.auth })
    expect(file.statusCode).toBe(200)
    expect(sha256(file.rawPayload)).toBe(body.sha256)
    expect(file.headers['cache-control']).toBe('private, max-age=31536000, immutable')
    expect(file.headers.etag).toBe(`"${body.sha256}"`)
    // A draft's file is not public: no token, no file (and no hint that it exists).
    expect((await s.server.app.inject({ url: body.url })).statusCode).toBe(404)
    expect(await storedFiles()).toEqual([`${body.sha256}.glb`])
  })

  it('gives back the existing asset (200) for the same bytes, with no second row or file', async () => {
    const first = (await upload(KHRONOS)).json()
    const again = await upload(KHRONOS)
    expect(again.statusCode).toBe(200)
    expect(again.json().id).toBe(first.id)
    const list = await s.server.app.inject({ url: '/api/v1/assets', headers: brand.auth })
    expect(list.json().assets.map((a: { id: string }) => a.id)).toEqual([first.id])
  })

  it.each(malformedCorpus().map((c) => [c.name, c] as const))('refuses a %s with 422, a specific code and message, leaving nothing behind', async (_, entry) => {
    const before = await storedFiles()
    const res = await upload(entry.bytes)
    expect(res.statusCode).toBe(422)
    const { error } = res.json()
    expect(error.code).toBe(entry.code)
    expect(error.message).toMatch(entry.message)
    expect(error.details.issues[0].code).toBe(entry.issue)
    expect(await storedFiles()).toEqual(before)
    expect((await s.server.app.inject({ url: '/api/v1/assets', headers: brand.auth })).json().assets).toHaveLength(1)
    expect((await s.server.app.inject({ url: '/api/v1/health' })).json()).toEqual({ ok: true, database: s.driver })
  })

  it('refuses a body over the upload limit with 413 naming the limit, by Content-Length or while streaming', async () => {
    const big = new Uint8Array(1_200_000)
    const declared = await upload(big)
    expect(declared.statusCode).toBe(413)
    expect(declared.json().error).toEqual({ code: 'payload_too_large', message: 'the GLB is larger than the upload limit of 1000000 bytes (1.0 MB)', details: { limitBytes: 1_000_000 } })
    const streamed = await upload(Readable.from((function* () { for (let i = 0; i < 12; i++) yield Buffer.alloc(100_000) })()))
    expect(streamed.statusCode).toBe(413)
    expect(streamed.json().error.code).toBe('payload_too_large')
    expect((await s.server.store.list()).filter((e) => e.temp)).toEqual([])
  })

  it('answers 415 for another content type, 401 without or with a bad token, 400 for an unknown category', async () => {
    expect((await upload(KHRONOS, { 'content-type': 'application/octet-stream' })).json().error.code).toBe('unsupported_media_type')
    const anonymous = await s.server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: GLB, payload: Buffer.from(KHRONOS) })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="vitrine"')
    expect(anonymous.json().error.code).toBe('unauthorized')
    expect((await upload(KHRONOS, { authorization: 'Bearer vtr_0000000000000000000000000000000000000000000' })).json().error.code).toBe('invalid_token')
    const hat = await upload(KHRONOS, {}, '?category=shoes')
    expect(hat.statusCode).toBe(400)
    expect(hat.json().error.message).toMatch(/^invalid querystring: category: must be equal to one of the allowed values/)
  })

  it('deletes an unused asset and its file; another brand holding the same bytes keeps its file', async () => {
    const other = await makeBrand(s.db, 'uploader-twin')
    const bytes = boxGlasses({ tag: 'shared' })
    const mine = (await upload(bytes)).json()
    const theirs = (await s.server.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { ...GLB, ...other.auth }, payload: Buffer.from(bytes) })).json()
    expect(theirs.sha256).toBe(mine.sha256)
    expect((await s.server.app.inject({ method: 'DELETE', url: `/api/v1/assets/${mine.id}`, headers: brand.auth })).statusCode).toBe(204)
    expect(await s.server.store.has(mine.sha256)).toBe(true)
    expect((await s.server.app.inject({ method: 'DELETE', url: `/api/v1/assets/${theirs.id}`, headers: other.auth })).statusCode).toBe(204)
    expect(await s.server.store.has(mine.sha256)).toBe(false)
    expect((await s.server.app.inject({ method: 'DELETE', url: `/api/v1/assets/${mine.id}`, headers: brand.auth })).statusCode).toBe(404)
  })
}
