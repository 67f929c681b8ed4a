/**
 * Seeded pseudo-random generator (mulberry32, Tommy Ettinger, public domain): 32-bit state,
 * fast, and good enough for simulations, benchmarks and tests that must replay exactly.
 * Not for anything security-related. Returns a function giving floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
