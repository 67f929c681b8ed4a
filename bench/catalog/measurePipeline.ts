import { checkGlb } from '../../src/core/catalog/asset'
import { optimiseGlb } from '../../src/server/pipeline/optimiseGlb'
import { processAsset } from '../../src/server/pipeline/processAsset'
import { validateWithKhronos } from '../../src/server/pipeline/validateWithKhronos'
import { median, percentile } from '../tryon/stats'

/** Validate + optimise figures for one asset. */
export interface PipelineFigures {
  runs: number
  /** The whole pipeline (`processAsset`): our checks, Khronos, optimisation, re-checks, budgets. */
  validateOptimiseMsMedian: number
  validateOptimiseMsP95: number
  /** Parts, each timed on its own. */
  checkMsMedian: number
  khronosMsMedian: number
  optimiseMsMedian: number
  originalBytes: number
  optimisedBytes: number
  /** 1 − optimised / original. */
  sizeReduction: number
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** Runs the asset pipeline on `bytes` once to warm up, then `runs` times. */
export async function measurePipeline(bytes: Uint8Array, runs: number): Promise<PipelineFigures> {
  const warm = await processAsset(bytes, 'glasses')
  if (!warm.ok) throw new Error(`the benchmark asset was refused: ${warm.rejection.message}`)
  const total: number[] = [], check: number[] = [], khronos: number[] = [], optimise: number[] = []
  for (let i = 0; i < runs; i++) {
    total.push(await timed(() => processAsset(bytes, 'glasses')))
    check.push(await timed(() => checkGlb(bytes)))
    khronos.push(await timed(() => validateWithKhronos(bytes)))
    optimise.push(await timed(() => optimiseGlb(bytes, 1024)))
  }
  const round = (v: number | null) => Math.round((v ?? NaN) * 10) / 10
  return {
    runs,
    validateOptimiseMsMedian: round(median(total)),
    validateOptimiseMsP95: round(percentile(total, 95)),
    checkMsMedian: round(median(check)),
    khronosMsMedian: round(median(khronos)),
    optimiseMsMedian: round(median(optimise)),
    originalBytes: bytes.byteLength,
    optimisedBytes: warm.bytes.byteLength,
    sizeReduction: Math.round((1 - warm.bytes.byteLength / bytes.byteLength) * 1000) / 1000,
  }
}
