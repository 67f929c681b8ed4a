import type { Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'

const loader = new GLTFLoader()
const cache = new Map<string, Promise<Object3D>>()

/**
 * Loads a product's GLB once and shares it (switching products in the rail is then instant).
 * Rejects with an error that names the URL.
 */
export function loadProductModel(url: string): Promise<Object3D> {
  let pending = cache.get(url)
  if (!pending) {
    pending = loader.loadAsync(url).then(
      (gltf) => gltf.scene,
      (error: unknown) => {
        cache.delete(url) // a failed load may succeed later (network back)
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(`[vitrine/render] could not load the product model ${url}: ${reason}`)
      },
    )
    cache.set(url, pending)
  }
  return pending
}
