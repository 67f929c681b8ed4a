import { mulberry32 } from '../../../src/core/random/mulberry32'
import type { SimPolicy } from './SimPolicy'

/** Uniformly random slates of items not acted on. */
export function randomPolicy(itemCount: number, seed: number): SimPolicy {
  const random = mulberry32(seed)
  const order = Int32Array.from({ length: itemCount }, (_, i) => i)
  return {
    name: 'random',
    startSession() {},
    slate(_observed, acted, out) {
      let filled = 0
      // Partial Fisher–Yates: draw without replacement until the slate is full.
      for (let k = 0; k < itemCount && filled < out.length; k++) {
        const j = k + Math.floor(random() * (itemCount - k))
        const t = order[k]!
        order[k] = order[j]!
        order[j] = t
        if (!acted[order[k]!]) out[filled++] = order[k]!
      }
      return filled
    },
    record() {},
  }
}
