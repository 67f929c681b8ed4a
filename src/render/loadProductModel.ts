import type { Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { AssetRef } from '../core/catalog/types'

const loader = new GLTFLoader()
const cache = new Map<string, Promise<Object3D>>()

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('')
}

async function fetchVerified(asset: AssetRef): Promise<ArrayBuffer> {
  const response = await fetch(asset.url)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const bytes = await response.arrayBuffer()
  if (asset.sha256 && crypto.subtle) {
    const actual = hex(await crypto.subtle.digest('SHA-256', bytes))
    // A stale cache or a swapped file must not be shown as the product the catalog describes.
    if (actual !== asset.sha256) throw new Error(`its sha256 is ${actual}, the catalog expects ${asset.sha256}`)
  }
  return bytes
}

/**
 * Loads a product's GLB once and shares it (switching products in the rail is then instant),
 * checking the catalog's sha256 when it has one. Rejects with an error that names the URL.
 */
export function loadProductModel(asset: AssetRef): Promise<Object3D> {
  let pending = cache.get(asset.url)
  if (!pending) {
    pending = fetchVerified(asset)
      .then((bytes) => loader.parseAsync(bytes, new URL(asset.url, location.href).href.replace(/[^/]*$/, '')))
      .then(
        (gltf) => gltf.scene,
        (error: unknown) => {
          cache.delete(asset.url) // a failed load may succeed later (network back)
          const reason = error instanceof Error ? error.message : String(error)
          throw new Error(`[vitrine/render] could not load the product model ${asset.url}: ${reason}`)
        },
      )
    cache.set(asset.url, pending)
  }
  return pending
}
