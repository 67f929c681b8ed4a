import type { CDPSession, Page } from 'playwright'

/** A heap snapshot's size split: compiled code (bytecode, JIT output) and everything else. */
export interface HeapSplit {
  /** Every node's self size, bytes. */
  totalBytes: number
  /** Nodes of type `code`: grows as V8 compiles and optimises more of the app, then levels off. */
  codeBytes: number
  /** What the app's objects take (total − code), bytes: what a leak makes grow. */
  objectBytes: number
}

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
}

/** Sums a V8 heap snapshot (the DevTools format) by node type. */
export function splitSnapshot(raw: RawSnapshot): HeapSplit {
  const fields = raw.snapshot.meta.node_fields
  const types = raw.snapshot.meta.node_types[0]
  const stride = fields.length
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const code = types.indexOf('code')
  let totalBytes = 0
  let codeBytes = 0
  for (let i = 0; i < raw.nodes.length; i += stride) {
    const size = raw.nodes[i + sizeAt]!
    totalBytes += size
    if (raw.nodes[i + typeAt] === code) codeBytes += size
  }
  return { totalBytes, codeBytes, objectBytes: totalBytes - codeBytes }
}

/** Takes a heap snapshot of the page through CDP (after the caller's GC) and splits it. */
export async function heapSplit(page: Page): Promise<HeapSplit> {
  const cdp: CDPSession = await page.context().newCDPSession(page)
  const chunks: string[] = []
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
    await cdp.detach()
  }
  return splitSnapshot(JSON.parse(chunks.join('')) as RawSnapshot)
}
