import type { ProductManifest } from '../../core/catalog/types'
import { ApiProblem } from '../api/ApiProblem'
import type { StudioApi } from '../api/StudioApi'
import { assetBlobUrl } from '../preview/assetBlobUrl'
import { detectReferenceFace, REFERENCE_FACE_URL } from '../preview/detectReferenceFace'
import { renderThumbnail, type RenderedThumbnail } from './renderThumbnail'

/** Names the step that failed; a refused token stays an ApiProblem (the studio signs out on it). */
const because = (what: string) => (error: unknown): never => {
  if (error instanceof ApiProblem) throw error
  throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`)
}

async function referencePhoto(): Promise<ImageBitmap> {
  const response = await fetch(REFERENCE_FACE_URL)
  if (!response.ok) throw new Error(`${REFERENCE_FACE_URL} answered HTTP ${response.status}`)
  return createImageBitmap(await response.blob())
}

/**
 * Renders a saved product on the reference face: the same photo and landmarks as the preview
 * (found once per page), the product's stored model (fetched with the token, shared with the
 * preview) placed by the manifest as the service saved it. Errors say which part failed.
 */
export async function makeThumbnail(api: StudioApi, manifest: ProductManifest): Promise<RenderedThumbnail> {
  const [face, modelUrl, photo] = await Promise.all([
    detectReferenceFace().catch(because('the reference face could not be prepared')),
    assetBlobUrl(api, { url: manifest.asset.url, sha256: manifest.asset.sha256 ?? manifest.asset.url }).catch(because('the stored model could not be fetched')),
    referencePhoto().catch(because('the reference photo could not be loaded')),
  ])
  try {
    return await renderThumbnail(face, photo, { ...manifest, asset: { ...manifest.asset, url: modelUrl } }).catch(because('the product could not be drawn on the reference face'))
  } finally {
    photo.close()
  }
}
