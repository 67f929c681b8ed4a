/** `x` clamped to -1..1 (NaN gives 0). */
export function clampUnit(x: number): number {
  return x > -1 ? (x < 1 ? x : 1) : x <= -1 ? -1 : 0
}
