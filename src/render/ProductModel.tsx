import { useThree } from '@react-three/fiber'
import { use, useLayoutEffect, useMemo } from 'react'
import { Matrix4, type Camera, type Object3D, type Scene } from 'three'
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
  const scene = use(loadProductModel(product.asset))
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
  // The canvas draws on demand: a model that arrives while no new face result does must ask, and
  // again once its shaders are compiled (WebGPU builds pipelines asynchronously and skips an
  // object until they are ready, which on a software GPU takes seconds).
  const invalidate = useThree((state) => state.invalidate)
  const gl = useThree((state) => state.gl) as unknown as { compileAsync?: (o: Object3D, c: Camera, s: Scene) => Promise<unknown> }
  const camera = useThree((state) => state.camera)
  const sceneRoot = useThree((state) => state.scene)
  useLayoutEffect(() => {
    invalidate()
    let live = true
    gl.compileAsync?.(instance, camera, sceneRoot).then(
      () => live && invalidate(),
      () => undefined, // a compile error shows in the render itself
    )
    return () => {
      live = false
    }
  }, [instance, matrix, invalidate, gl, camera, sceneRoot])
  return (
    <group matrix={matrix} matrixAutoUpdate={false} name={`product:${product.id}`}>
      <primitive object={instance} />
    </group>
  )
}
