import type { Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { AssetRef } from '../core/catalog/types'

/** How long a failed load is remembered before the next request tries again, milliseconds. */
export const PRODUCT_RETRY_AFTER_MS = 5000

const loader = new GLTFLoader()
const cache = new Map<string, { promise: Promise<Object3D>; failedAtMs?: number }>()

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
  const cached = cache.get(asset.url)
  // A failed load is kept for a while (React's `use` must see the same rejected promise on every
  // render, or it would suspend forever), then retried: the network may be back.
  if (cached && (cached.failedAtMs === undefined || performance.now() - cached.failedAtMs < PRODUCT_RETRY_AFTER_MS)) {
    return cached.promise
  }
  const entry: { promise: Promise<Object3D>; failedAtMs?: number } = {
    promise: fetchVerified(asset)
      .then((bytes) => loader.parseAsync(bytes, new URL(asset.url, location.href).href.replace(/[^/]*$/, '')))
      .then(
        (gltf) => gltf.scene,
        (error: unknown) => {
          entry.failedAtMs = performance.now()
          const reason = error instanceof Error ? error.message : String(error)
          throw new Error(`[vitrine/render] could not load the product model ${asset.url}: ${reason}`)
        },
      ),
  }
  cache.set(asset.url, entry)
  return entry.promise
}
