import { cachedBlobUrl } from '../api/cachedBlobUrl'
import type { StudioApi } from '../api/StudioApi'
import type { AssetView } from '../api/types'

/**
 * A `blob:` URL holding the stored GLB of an asset. A draft's file is private (only its brand's
 * token gets it), so the 3D loader cannot fetch it by its URL: the studio fetches it with the
 * token once and hands the loader an in-memory copy (the loader caches by URL too, and still
 * checks its sha256).
 */
export function assetBlobUrl(api: StudioApi, asset: Pick<AssetView, 'sha256' | 'url'>): Promise<string> {
  return cachedBlobUrl(`asset:${asset.sha256}`, async () => new Blob([await api.fetchAssetFile(asset.url)], { type: 'model/gltf-binary' }))
}
