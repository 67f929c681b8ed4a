/**
 * One standard normal sample (mean 0, standard deviation 1) from a uniform [0, 1) source, by the
 * Box–Muller transform (1958). Uses 1 - u so the logarithm never sees 0.
 */
export function gaussian(random: () => number): number {
  const u = 1 - random()
  const v = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}
