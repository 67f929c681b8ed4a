import { afterEach, describe, expect, it } from 'vitest'
import { ApiProblem } from '../../../../src/studio/api/ApiProblem'
import { uploadAsset, type UploadProgress } from '../../../../src/studio/api/uploadAsset'
import { khronosAsset } from '../fixtures'

/** Just enough of XMLHttpRequest to play a server's side of one upload. */
class FakeXhr {
  static last: FakeXhr
  method = ''
  url = ''
  headers: Record<string, string> = {}
  body: unknown
  status = 0
  responseText = ''
  upload: { onprogress?: (e: { loaded: number; total: number; lengthComputable: boolean }) => void; onload?: () => void } = {}
  onload?: () => void
  onerror?: () => void
  onabort?: () => void
  constructor() { FakeXhr.last = this }
  open(method: string, url: string) { this.method = method; this.url = url }
  setRequestHeader(name: string, value: string) { this.headers[name] = value }
  send(body: unknown) { this.body = body }
  abort() { this.onabort?.() }
  answer(status: number, body: unknown) { this.status = status; this.responseText = typeof body === 'string' ? body : JSON.stringify(body); this.onload?.() }
}

const g = globalThis as { XMLHttpRequest?: unknown }
afterEach(() => { delete g.XMLHttpRequest })
const file = new Blob([new Uint8Array(1000)])

describe('uploadAsset', () => {
  it('posts the GLB with the token and category, reports progress, then the processing, then the asset', async () => {
    g.XMLHttpRequest = FakeXhr
    const seen: UploadProgress[] = []
    const upload = uploadAsset('vtr_t', file, 'hat', (p) => seen.push(p))
    const xhr = FakeXhr.last
    expect(xhr).toMatchObject({ method: 'POST', url: '/api/v1/assets?category=hat', body: file })
    expect(xhr.headers).toEqual({ Authorization: 'Bearer vtr_t', 'Content-Type': 'model/gltf-binary' })
    xhr.upload.onprogress?.({ loaded: 400, total: 1000, lengthComputable: true })
    xhr.upload.onload?.()
    xhr.answer(201, khronosAsset())
    await expect(upload.done).resolves.toMatchObject({ created: true, asset: { id: khronosAsset().id } })
    expect(seen).toEqual([{ phase: 'sending', loaded: 400, total: 1000 }, { phase: 'processing' }])
  })

  it('says the same file was there already (200)', async () => {
    g.XMLHttpRequest = FakeXhr
    const upload = uploadAsset('vtr_t', file, 'glasses', () => undefined)
    FakeXhr.last.answer(200, khronosAsset())
    await expect(upload.done).resolves.toMatchObject({ created: false })
  })

  it("rejects with the service's error and its report", async () => {
    g.XMLHttpRequest = FakeXhr
    const upload = uploadAsset('vtr_t', file, 'glasses', () => undefined)
    FakeXhr.last.answer(422, { error: { code: 'invalid_glb', message: 'not a valid GLB: the file is truncated', details: { report: { ok: false } } } })
    const problem = await upload.done.catch((e: ApiProblem) => e)
    expect(problem).toBeInstanceOf(ApiProblem)
    expect(problem).toMatchObject({ status: 422, code: 'invalid_glb', message: 'not a valid GLB: the file is truncated', details: { report: { ok: false } } })
  })

  it('says nothing was stored when cancelled, and hints at the size limit when the connection drops', async () => {
    g.XMLHttpRequest = FakeXhr
    const cancelled = uploadAsset('vtr_t', file, 'glasses', () => undefined)
    cancelled.abort()
    await expect(cancelled.done).rejects.toMatchObject({ code: 'aborted', message: 'the upload was cancelled; nothing was stored' })
    const dropped = uploadAsset('vtr_t', file, 'glasses', () => undefined)
    FakeXhr.last.onerror?.()
    await expect(dropped.done).rejects.toMatchObject({ status: 0, code: 'network', message: expect.stringMatching(/upload limit \(25 MB by default\)/) })
  })
})
