import type { StudioApi } from '../api/StudioApi'
import type { AssetView } from '../api/types'

/** One in-memory copy per stored file for the life of the page (the 3D loader caches by URL too). */
const urls = new Map<string, Promise<string>>()

/**
 * A `blob:` URL holding the stored GLB of an asset. A draft's file is private (only its brand's
 * token gets it), so the 3D loader cannot fetch it by its URL: the studio fetches it with the
 * token once and hands the loader an in-memory copy. The loader still checks its sha256.
 */
export function assetBlobUrl(api: StudioApi, asset: Pick<AssetView, 'sha256' | 'url'>): Promise<string> {
  let url = urls.get(asset.sha256)
  if (!url) {
    url = api.fetchAssetFile(asset.url).then((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'model/gltf-binary' })))
    url.catch(() => urls.delete(asset.sha256)) // a failed fetch is tried again next time
    urls.set(asset.sha256, url)
  }
  return url
}
