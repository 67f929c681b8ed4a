import type { SimPolicy } from './SimPolicy'

/** The non-personalised order: most past try-ons first (the control arm's order). */
export function popularityPolicy(popularity: readonly number[]): SimPolicy {
  const order = popularity.map((_, i) => i).sort((a, b) => popularity[b]! - popularity[a]! || a - b)
  return {
    name: 'popularity',
    startSession() {},
    slate(_observed, acted, out) {
      let filled = 0
      for (let k = 0; k < order.length && filled < out.length; k++) if (!acted[order[k]!]) out[filled++] = order[k]!
      return filled
    },
    record() {},
  }
}
