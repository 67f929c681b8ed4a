import { Suspense } from 'react'
import type { ProductManifest } from '../core/catalog/types'
import type { FaceResult } from '../core/face/types'
import { BridgeProbe } from './BridgeProbe'
import { FaceAnchor } from './FaceAnchor'
import { HeadOccluder } from './HeadOccluder'
import { HeadPose } from './HeadPose'
import { ProductErrorBoundary } from './ProductErrorBoundary'
import { ProductModel } from './ProductModel'
import { SceneLighting } from './SceneLighting'

export interface TryOnSceneProps {
  /** The face result to follow (reused object, read every frame). */
  result: FaceResult
  /** The product worn; none draws only the (invisible) occluder. */
  product?: ProductManifest | undefined
  /** Size variant id of the product. Default: its real-size variant. */
  sizeVariantId?: string | undefined
  /** Draw the magenta nose-bridge probe (tests, benchmark). Default false. */
  probe?: boolean
  /** Hide what is behind the head (the depth-only head occluder). Default true. */
  occluder?: boolean
  /** Show the head occluder in colour (fit debugging). Default false. */
  showOccluder?: boolean
  /** Called when a product model fails to load. */
  onProductError?: ((error: Error) => void) | undefined
}

/**
 * What the try-on draws, inside any R3F root: the lighting, the depth-only head on the head pose,
 * and the product (suspending while its model loads) on its face anchor. The live canvas
 * ({@link TryOnCanvas}) and still renders (`renderStill`) share it, so both show the same thing.
 */
export function TryOnScene({ result, product, sizeVariantId, probe = false, occluder = true, showOccluder = false, onProductError }: TryOnSceneProps) {
  return (
    <>
      <SceneLighting />
      <HeadPose result={result}>
        {occluder && <HeadOccluder visibleForDebug={showOccluder} />}
      </HeadPose>
      <FaceAnchor result={result} name={product?.anchor ?? 'noseBridge'}>
        {product && (
          <ProductErrorBoundary key={product.id} onError={onProductError}>
            <Suspense fallback={null}>
              <ProductModel product={product} sizeVariantId={sizeVariantId} />
            </Suspense>
          </ProductErrorBoundary>
        )}
        {probe && <BridgeProbe />}
      </FaceAnchor>
    </>
  )
}
