/** Test helpers: read a GLB in Node and get at its geometry with node transforms applied. */
import { Logger, NodeIO, type Document } from '@gltf-transform/core'
import type { Vec3 } from '../../../../src/core/catalog'

// Optional extensions (KHR_materials_transmission, ...) are not registered; reading still works,
// so their warnings are noise here.
const io = new NodeIO().setLogger(new Logger(Logger.Verbosity.ERROR))

/** The 12-byte GLB header: magic must be `glTF`, version 2, length the file's byte length. */
export function glbHeader(bytes: Uint8Array): { magic: string; version: number; length: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return {
    magic: String.fromCharCode(...bytes.subarray(0, 4)),
    version: view.getUint32(4, true),
    length: view.getUint32(8, true),
  }
}

export function readGlb(bytes: Uint8Array): Promise<Document> {
  return io.readBinary(bytes)
}

/** Every vertex of every mesh under a scene node, in scene (model) space, tagged with its node name. */
export function worldVertices(doc: Document): { node: string; p: Vec3 }[] {
  const out: { node: string; p: Vec3 }[] = []
  const v = [0, 0, 0]
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    const m = node.getWorldMatrix()
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')
      for (let i = 0; pos && i < pos.getCount(); i++) {
        pos.getElement(i, v)
        const [x, y, z] = v as Vec3
        out.push({ node: node.getName(), p: [0, 1, 2].map((r) => m[r]! * x + m[4 + r]! * y + m[8 + r]! * z + m[12 + r]!) as Vec3 })
      }
    }
  }
  return out
}

/** Axis-aligned bounds of points. */
export function boundsOf(points: readonly Vec3[]): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity], max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (const p of points) for (let k = 0; k < 3; k++) { min[k] = Math.min(min[k]!, p[k]!); max[k] = Math.max(max[k]!, p[k]!) }
  return { min, max }
}

/** Triangles drawn by the document: a mesh used by two nodes (shared temples) counts twice. */
export function triangleCount(doc: Document): number {
  let count = 0
  for (const node of doc.getRoot().listNodes()) {
    for (const prim of node.getMesh()?.listPrimitives() ?? []) count += (prim.getIndices() ?? prim.getAttribute('POSITION'))!.getCount() / 3
  }
  return count
}
