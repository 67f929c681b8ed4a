/**
 * Vitrine's public API. Everything biometric stays on the device.
 *
 * - React: `<TryOnCanvas>`, `<FaceAnchor>`, `<HeadPose>`, `<HeadOccluder>`, `<ProductModel>` with a
 *   `FaceSession` (camera + tracker + smoothing).
 * - Pages without React: `createTryOn()`.
 * - Pure core: catalog validation, anchors, filters (no DOM), from `vitrine/core`.
 */
export { createTryOn, type CreateTryOnOptions, type TryOn } from './createTryOn'
export { TryOnCanvas, type TryOnCanvasProps } from './render/TryOnCanvas'
export { FaceAnchor, type FaceAnchorProps } from './render/FaceAnchor'
export { HeadPose, type HeadPoseProps } from './render/HeadPose'
export { HeadOccluder, type HeadOccluderProps } from './render/HeadOccluder'
export { ProductModel, type ProductModelProps } from './render/ProductModel'
export { createRenderStats, type RenderStats } from './render/renderStats'
export { FaceSession, type FaceSessionOptions, type FaceSessionState } from './vision/FaceSession'
export type { FaceResult, FaceFrame, AnchorName, AnchorPose, TrackerDelegate } from './core/face/types'
export type { ProductManifest, Catalog } from './core/catalog/types'
export { validateCatalog, validateProductManifest, ManifestError } from './core/catalog'
export { STATUS_TEXT } from './core/session/statusText'
export type { ShopperStatus } from './core/session/shopperStatus'
