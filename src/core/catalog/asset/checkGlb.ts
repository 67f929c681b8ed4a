import { assetIssue } from './assetIssue'
import { checkGltfStructure } from './checkGltfStructure'
import { LOADER_REQUIRED_EXTENSIONS } from './loaderExtensions'
import { parseGlb } from './parseGlb'
import { readAssetStats } from './readAssetStats'
import type { AssetIssue, AssetStats, GlbContainer } from './types'

/** Outcome of {@link checkGlb}: `stats` is present whenever the container could be read. */
export interface GlbCheck {
  /** True when no issue is an error. */
  ok: boolean
  issues: AssetIssue[]
  container?: GlbContainer
  stats?: AssetStats
}

const DECODER_ADVICE: Readonly<Record<string, string>> = {
  KHR_draco_mesh_compression: 'export without Draco compression; the service compresses what it can itself',
  EXT_meshopt_compression: 'export without meshopt compression; the service compresses what it can itself',
  KHR_texture_basisu: 'use PNG, JPEG or WebP textures; the service re-encodes them',
}

/**
 * Our rules for a product GLB, the same in the studio (before upload) and in the service: a sound
 * GLB container, everything inside the file, indices and byte ranges that hold, extensions the
 * shopper app can load, and the figures (`stats`) budgets and fit are judged on. Issues are
 * listed in file order; any error means the asset is refused.
 */
export function checkGlb(bytes: Uint8Array): GlbCheck {
  const parsed = parseGlb(bytes)
  if (!parsed.ok) return { ok: false, issues: parsed.issues }
  const { container } = parsed
  const issues = checkGltfStructure(container)
  if (issues.length > 0) return { ok: false, issues, container }
  const stats = readAssetStats(container, bytes.byteLength, issues)
  stats.extensionsRequired.forEach((name, i) => {
    if (LOADER_REQUIRED_EXTENSIONS.includes(name)) return
    const advice = DECODER_ADVICE[name] ?? 'the shopper app cannot load it'
    issues.push(assetIssue('GLTF_REQUIRED_EXTENSION', `the file requires the extension ${name}: ${advice}`, `/extensionsRequired/${i}`))
  })
  return { ok: !issues.some((i) => i.severity === 'error'), issues, container, stats }
}
