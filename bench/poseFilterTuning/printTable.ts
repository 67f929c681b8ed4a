import type { Pair } from './pick'

/** One grid cell as printed and as emitted with `--json`. */
export interface Row extends Pair {
  jitterRmsPctIod: number
  jitterP95PctIod: number
  lagFrames: number
}

/**
 * Prints a minCutoff x beta table whose cells read "jitter %IOD / lag frames", marking cells over
 * the jitter target with '!' and the recommended one with '>'.
 */
export function printTable(
  title: string,
  rows: readonly Row[],
  minCutoffsHz: readonly number[],
  betas: readonly number[],
  recommended: Pair,
  targetJitterPctIod: number,
): void {
  const cell = (x: Row): string => {
    const mark = x.minCutoffHz === recommended.minCutoffHz && x.beta === recommended.beta ? '>' : ' '
    const over = x.jitterRmsPctIod <= targetJitterPctIod ? ' ' : '!'
    return `${mark}${x.jitterRmsPctIod.toFixed(2)}${over}/${x.lagFrames.toFixed(2)}`.padStart(12)
  }
  console.log(`\n${title}\n  cell = jitter %IOD / lag frames   ('!' over jitter target, '>' recommended)`)
  console.log(`  minCutoff \\ beta${betas.map((b) => String(b).padStart(12)).join('')}`)
  for (const c of minCutoffsHz) {
    const cells = betas.map((b) => {
      const row = rows.find((x) => x.minCutoffHz === c && x.beta === b)
      return row ? cell(row) : ''.padStart(12)
    })
    console.log(`  ${`${c} Hz`.padStart(15)}${cells.join('')}`)
  }
}
