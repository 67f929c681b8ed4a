import { Logger, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { dedup, prune, quantize, textureCompress, weld } from '@gltf-transform/functions'
import { MeshoptDecoder } from 'meshoptimizer'
import sharp from 'sharp'

/** WebP quality for re-encoded textures (sharp's scale, 1-100): visually lossless at try-on sizes. */
export const WEBP_QUALITY = 88

let io: Promise<NodeIO> | undefined
function getIo(): Promise<NodeIO> {
  io ??= MeshoptDecoder.ready.then(() =>
    new NodeIO()
      .setLogger(new Logger(Logger.Verbosity.ERROR))
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder }),
  )
  return io
}

/** Optimised bytes and the steps that produced them. */
export interface Optimised {
  bytes: Uint8Array
  steps: string[]
}

/**
 * Rewrites a GLB with glTF-Transform: dedup (identical accessors, materials, textures), prune
 * (unused objects), weld (shared vertices), quantize (KHR_mesh_quantization: 16-bit positions,
 * normals and UVs) and, when there are images, textures resized to fit `maxTextureSizePx` and
 * re-encoded to WebP (EXT_texture_webp) with sharp. The result needs no decoder: three.js's
 * GLTFLoader reads quantized meshes and WebP textures natively (meshopt or Draco compression would
 * need a decoder the shopper app does not register).
 */
export async function optimiseGlb(bytes: Uint8Array, maxTextureSizePx: number): Promise<Optimised> {
  const nodeIo = await getIo()
  const doc = await nodeIo.readBinary(bytes)
  // Decoded on read; writing it again would make the shopper app need the meshopt decoder.
  for (const ext of doc.getRoot().listExtensionsUsed()) if (ext.extensionName === 'EXT_meshopt_compression') ext.dispose()
  const steps = ['dedup', 'prune', 'weld', 'quantize']
  const transforms = [dedup(), prune(), weld(), quantize()]
  if (doc.getRoot().listTextures().length > 0) {
    steps.push(`textures → WebP ≤ ${maxTextureSizePx} px`)
    transforms.push(textureCompress({ encoder: sharp, targetFormat: 'webp', resize: [maxTextureSizePx, maxTextureSizePx], quality: WEBP_QUALITY }))
  }
  await doc.transform(...transforms)
  return { bytes: await nodeIo.writeBinary(doc), steps }
}
