import { Worker } from 'node:worker_threads'
import { runOneRepetition } from './runOneRepetition'
import type { PolicyRun, RunShape } from './runRepetition'

/**
 * Runs repetitions with seeds `seeds` on `workers` worker threads (or in this thread for 1) and
 * returns their runs in seed order, whatever order they finish in. `progress` is told each one.
 */
export async function runRepetitions(seeds: readonly number[], shape: RunShape, workers: number, progress: (done: number) => void): Promise<PolicyRun[][]> {
  const results = new Map<number, PolicyRun[]>()
  if (workers <= 1) {
    for (const seed of seeds) {
      results.set(seed, runOneRepetition(seed, shape))
      progress(results.size)
    }
    return seeds.map((s) => results.get(s)!)
  }
  const queue = [...seeds]
  // Workers do not inherit tsx's loader: register it in the worker, then load the TypeScript entry.
  const entry = new URL('./repetitionWorker.ts', import.meta.url).href
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  await Promise.all(Array.from({ length: Math.min(workers, seeds.length) }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true })
    const next = () => worker.postMessage(queue.length > 0 ? { seed: queue.shift()!, shape } : null)
    worker.on('message', (message: { seed: number; runs: PolicyRun[] }) => {
      results.set(message.seed, message.runs)
      progress(results.size)
      next()
    })
    worker.on('error', reject)
    worker.on('exit', () => resolve())
    next()
  })))
  return seeds.map((s) => results.get(s)!)
}
