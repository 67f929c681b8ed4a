import { describe, expect, it, vi } from 'vitest'
import { cachedBlobUrl } from '../../../../src/studio/api/cachedBlobUrl'

describe('cachedBlobUrl', () => {
  it('loads a file once per key and hands every caller the same blob: URL', async () => {
    const load = vi.fn(async () => new Blob(['webp'], { type: 'image/webp' }))
    const [a, b] = await Promise.all([cachedBlobUrl('thumbnail:1', load), cachedBlobUrl('thumbnail:1', load)])
    expect(a).toMatch(/^blob:/)
    expect(b).toBe(a)
    expect(load).toHaveBeenCalledTimes(1)
    expect(await cachedBlobUrl('thumbnail:2', load)).not.toBe(a)
  })

  it('tries a failed load again next time', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(new Blob(['glb']))
    await expect(cachedBlobUrl('asset:3', load)).rejects.toThrow('offline')
    await expect(cachedBlobUrl('asset:3', load)).resolves.toMatch(/^blob:/)
    expect(load).toHaveBeenCalledTimes(2)
  })
})
