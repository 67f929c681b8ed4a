import { assetIssue, formatBytes } from './assetIssue'
import { COMPONENT_BYTES, indexField, listOf, TYPE_COMPONENTS, type GltfObject } from './gltfJson'
import type { AssetIssue, GlbContainer } from './types'

function checkUri(object: GltfObject, pointer: string, what: string, issues: AssetIssue[]): void {
  const uri = object.uri
  if (uri === undefined) return
  if (typeof uri === 'string' && uri.startsWith('data:')) {
    issues.push(assetIssue('GLTF_DATA_URI', `${what} embeds its data as a data: URI; a product GLB keeps buffers and images in its binary chunk`, pointer))
  } else {
    const shown = typeof uri === 'string' ? `"${uri.length > 60 ? `${uri.slice(0, 57)}...` : uri}"` : 'a non-string uri'
    issues.push(assetIssue('GLTF_EXTERNAL_URI', `${what} points at an external file ${shown}; a product GLB must carry everything in its binary chunk`, pointer))
  }
}

function checkBuffers(container: GlbContainer, issues: AssetIssue[]): number[] {
  const binBytes = container.bin?.byteLength ?? 0
  return listOf(container.json, 'buffers').map((buffer, i) => {
    const pointer = `/buffers/${i}`
    const declared = indexField(buffer, 'byteLength')
    checkUri(buffer, pointer, `buffers[${i}]`, issues)
    if (declared === undefined || declared === 0) {
      issues.push(assetIssue('GLTF_BUFFER_INVALID', `buffers[${i}] has no valid byteLength (a positive integer)`, pointer))
      return 0
    }
    if (buffer.uri !== undefined) return 0
    if (i !== 0) {
      issues.push(assetIssue('GLTF_BUFFER_INVALID', `buffers[${i}] has no uri; only buffers[0] may refer to the GLB's binary chunk`, pointer))
      return 0
    }
    if (container.bin === undefined) {
      issues.push(assetIssue('GLB_MISSING_BIN', `buffers[0] declares ${formatBytes(declared)} in the binary chunk but the file has no BIN chunk`, pointer))
      return 0
    }
    if (declared > binBytes) {
      issues.push(assetIssue('GLTF_BUFFER_OVERRUN', `buffers[0] declares ${declared} bytes (${formatBytes(declared)}) but the BIN chunk holds only ${binBytes}`, pointer))
      return 0
    }
    return declared
  })
}

function checkBufferViews(container: GlbContainer, bufferBytes: number[], issues: AssetIssue[]): number[] {
  return listOf(container.json, 'bufferViews').map((view, i) => {
    const pointer = `/bufferViews/${i}`
    const buffer = indexField(view, 'buffer')
    const offset = indexField(view, 'byteOffset') ?? (view.byteOffset === undefined ? 0 : undefined)
    const length = indexField(view, 'byteLength')
    if (buffer === undefined || buffer >= bufferBytes.length || offset === undefined || length === undefined || length === 0) {
      issues.push(assetIssue('GLTF_BUFFER_VIEW_INVALID', `bufferViews[${i}] needs a valid buffer index, byteOffset and a positive byteLength`, pointer))
      return 0
    }
    const available = bufferBytes[buffer]!
    if (offset + length > available) {
      issues.push(assetIssue('GLTF_BUFFER_VIEW_OVERRUN', `bufferViews[${i}] spans bytes ${offset}-${offset + length} but buffers[${buffer}] holds ${available}`, pointer))
      return 0
    }
    return length
  })
}

function checkAccessors(container: GlbContainer, viewBytes: number[], issues: AssetIssue[]): void {
  const views = listOf(container.json, 'bufferViews')
  listOf(container.json, 'accessors').forEach((accessor, i) => {
    const pointer = `/accessors/${i}`
    const componentBytes = COMPONENT_BYTES[accessor.componentType as number]
    const components = TYPE_COMPONENTS[accessor.type as string]
    const count = indexField(accessor, 'count')
    if (componentBytes === undefined || components === undefined || count === undefined || count === 0) {
      issues.push(assetIssue('GLTF_ACCESSOR_INVALID', `accessors[${i}] needs a valid componentType, type and a positive count`, pointer))
      return
    }
    const viewIndex = accessor.bufferView
    if (viewIndex === undefined) return // all zeros, or sparse only
    const view = indexField(accessor, 'bufferView')
    if (view === undefined || view >= viewBytes.length) {
      issues.push(assetIssue('GLTF_ACCESSOR_INVALID', `accessors[${i}] refers to bufferViews[${String(viewIndex)}], which does not exist`, pointer))
      return
    }
    const element = componentBytes * components
    const stride = indexField(views[view]!, 'byteStride') ?? element
    const offset = indexField(accessor, 'byteOffset') ?? 0
    const end = offset + stride * (count - 1) + element
    if (end > viewBytes[view]!) {
      issues.push(assetIssue(
        'GLTF_ACCESSOR_OVERRUN',
        `accessors[${i}] (${count} × ${String(accessor.type)}) needs bytes ${offset}-${end} of bufferViews[${view}], which holds ${viewBytes[view]}`,
        pointer,
      ))
    }
  })
}

function checkImages(container: GlbContainer, viewCount: number, issues: AssetIssue[]): void {
  listOf(container.json, 'images').forEach((image, i) => {
    const pointer = `/images/${i}`
    if (image.uri !== undefined) return checkUri(image, pointer, `images[${i}]`, issues)
    const view = indexField(image, 'bufferView')
    if (view === undefined || view >= viewCount || typeof image.mimeType !== 'string') {
      issues.push(assetIssue('GLTF_IMAGE_INVALID', `images[${i}] needs a bufferView of this file and a mimeType`, pointer))
    }
  })
}

/**
 * Checks that everything the glTF JSON points at lies inside this one file: no external or data:
 * URIs, buffers no bigger than the BIN chunk, buffer views inside their buffer, accessors inside
 * their buffer view (stride and offset included), images stored in buffer views.
 */
export function checkGltfStructure(container: GlbContainer): AssetIssue[] {
  const issues: AssetIssue[] = []
  const asset = container.json.asset as { version?: unknown } | undefined
  if (typeof asset?.version !== 'string' || !asset.version.startsWith('2.')) {
    issues.push(assetIssue('GLTF_ASSET_VERSION', `asset.version must be "2.0" (glTF 2.0), found ${JSON.stringify(asset?.version ?? null)}`, '/asset'))
  }
  const bufferBytes = checkBuffers(container, issues)
  const viewBytes = checkBufferViews(container, bufferBytes, issues)
  checkAccessors(container, viewBytes, issues)
  checkImages(container, viewBytes.length, issues)
  return issues
}
