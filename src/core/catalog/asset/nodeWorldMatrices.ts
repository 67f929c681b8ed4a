import { mat4Compose } from '../../math/mat4Compose'
import { indexField, listOf, type GltfObject } from './gltfJson'
import type { GltfJson } from './types'

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]
/** Node instances walked at most: a shared subtree reused at every level could otherwise blow up exponentially. */
export const MAX_NODE_INSTANCES = 100_000

function numbers(value: unknown, length: number): number[] | undefined {
  return Array.isArray(value) && value.length === length && value.every((n) => typeof n === 'number' && Number.isFinite(n)) ? value : undefined
}

function localMatrix(node: GltfObject): number[] {
  const matrix = numbers(node.matrix, 16)
  if (matrix) return matrix
  const out = new Array<number>(16)
  mat4Compose(out, numbers(node.translation, 3) ?? [0, 0, 0], numbers(node.rotation, 4) ?? [0, 0, 0, 1], numbers(node.scale, 3) ?? [1, 1, 1])
  return out
}

function multiply(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(16)
  for (let col = 0; col < 4; col++) {
    for (let row = 0; row < 4; row++) {
      let sum = 0
      for (let k = 0; k < 4; k++) sum += a[k * 4 + row]! * b[col * 4 + k]!
      out[col * 4 + row] = sum
    }
  }
  return out
}

/** One drawn node: its index and its column-major world matrix. */
export interface NodeInstance {
  node: number
  matrix: number[]
}

/**
 * Every node reachable from the default scene (or from all scenes' roots, or from all parentless
 * nodes when there are no scenes) with its world matrix. A node reached twice is listed twice, as
 * it is drawn twice. Returns an error message instead when the hierarchy has a cycle or points at a
 * missing node or draws more than {@link MAX_NODE_INSTANCES} instances, so untrusted files cannot hang or crash the check.
 */
export function nodeWorldMatrices(json: GltfJson): { instances: NodeInstance[] } | { error: string; pointer: string } {
  const nodes = listOf(json, 'nodes')
  const scenes = listOf(json, 'scenes')
  const scene = indexField(json as GltfObject, 'scene')
  let roots: unknown[]
  if (scene !== undefined && scenes[scene]) roots = (scenes[scene].nodes as unknown[] | undefined) ?? []
  else if (scenes.length > 0) roots = scenes.flatMap((s) => (Array.isArray(s.nodes) ? s.nodes : []))
  else {
    const children = new Set(nodes.flatMap((n) => (Array.isArray(n.children) ? n.children : [])))
    roots = nodes.map((_, i) => i).filter((i) => !children.has(i))
  }
  const instances: NodeInstance[] = []
  const path = new Set<number>()
  const visit = (index: unknown, parent: readonly number[], from: string): string | undefined => {
    if (typeof index !== 'number' || !Number.isInteger(index) || !nodes[index]) return `${from} refers to node ${String(index)}, which does not exist`
    if (path.has(index)) return `nodes[${index}] is its own ancestor: the node hierarchy has a cycle`
    if (instances.length >= MAX_NODE_INSTANCES) return `the scene draws more than ${MAX_NODE_INSTANCES} node instances`
    const matrix = multiply(parent, localMatrix(nodes[index]))
    instances.push({ node: index, matrix })
    path.add(index)
    for (const child of Array.isArray(nodes[index].children) ? nodes[index].children : []) {
      const error = visit(child, matrix, `nodes[${index}].children`)
      if (error) return error
    }
    path.delete(index)
    return undefined
  }
  for (const root of roots) {
    const error = visit(root, IDENTITY, 'the scene')
    if (error) return { error, pointer: typeof root === 'number' ? `/nodes/${root}` : '/scenes' }
  }
  return { instances }
}
