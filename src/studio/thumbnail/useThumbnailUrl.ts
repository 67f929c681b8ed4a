import { useEffect, useState } from 'react'
import type { ImageRef } from '../../core/catalog/types'
import { cachedBlobUrl } from '../api/cachedBlobUrl'
import type { StudioApi } from '../api/StudioApi'

/**
 * The in-memory URL of a product's stored thumbnail, fetched with the token (a draft's is private),
 * or why it could not be fetched. Undefined while there is none or it is on its way.
 */
export function useThumbnailUrl(api: StudioApi, thumbnail: ImageRef | undefined): { url?: string; error?: string } {
  const [state, setState] = useState<{ url?: string; error?: string; of?: string }>({})
  const ref = thumbnail?.url
  const key = thumbnail ? `thumbnail:${thumbnail.sha256 ?? thumbnail.url}` : undefined
  useEffect(() => {
    if (!ref || !key) return
    let live = true
    cachedBlobUrl(key, () => api.fetchThumbnail(ref)).then(
      (url) => live && setState({ url, of: key }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error.message : String(error), of: key }),
    )
    return () => {
      live = false
    }
  }, [api, key, ref])
  // While a new thumbnail of the product comes, the previous picture stays (no flash of "loading").
  if (!key) return {}
  return state.of === key ? { url: state.url, error: state.error } : { url: state.url }
}
