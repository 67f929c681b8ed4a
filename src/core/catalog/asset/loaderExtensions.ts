/**
 * glTF extensions the shopper app's loader (three.js GLTFLoader with no Draco, KTX2 or meshopt
 * decoder registered, see src/render/loadProductModel.ts) handles by itself. An asset may list only
 * these in `extensionsRequired`; the optimiser emits only KHR_mesh_quantization and EXT_texture_webp.
 */
export const LOADER_REQUIRED_EXTENSIONS: readonly string[] = [
  'KHR_mesh_quantization',
  'KHR_texture_transform',
  'KHR_materials_unlit',
  'KHR_materials_variants',
  'KHR_materials_emissive_strength',
  'EXT_texture_webp',
]
