import { use, useMemo } from 'react'
import { Matrix4 } from 'three'
import { modelToAnchorTransform } from '../core/catalog/modelToAnchorTransform'
import type { ProductManifest } from '../core/catalog/types'
import { loadProductModel } from './loadProductModel'
import { renderQuality } from './renderQuality'
import { simplifyMaterials } from './simplifyMaterials'

export interface ProductModelProps {
  product: ProductManifest
  /** Size variant id; default: the one at real size. */
  sizeVariantId?: string
}

/**
 * A product's GLB placed in its anchor's space by the manifest (units, pivot, rotation, scale,
 * size). Suspends while the model loads; place it inside a {@link FaceAnchor}.
 */
export function ProductModel({ product, sizeVariantId }: ProductModelProps) {
  const scene = use(loadProductModel(product.asset.url))
  const matrix = useMemo(
    () => new Matrix4().fromArray(modelToAnchorTransform(product, sizeVariantId).matrix),
    [product, sizeVariantId],
  )
  // One cached scene per URL: a clone lets the same model be shown twice (rail preview, face).
  const instance = useMemo(() => {
    const clone = scene.clone(true)
    if (renderQuality().software) simplifyMaterials(clone)
    return clone
  }, [scene])
  return (
    <group matrix={matrix} matrixAutoUpdate={false} name={`product:${product.id}`}>
      <primitive object={instance} />
    </group>
  )
}
