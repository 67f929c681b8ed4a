/** Worker thread entry: runs the repetitions it is sent, one message each way per repetition. */
import { parentPort } from 'node:worker_threads'
import { runOneRepetition } from './runOneRepetition'
import type { RunShape } from './runRepetition'

parentPort!.on('message', (job: { seed: number; shape: RunShape } | null) => {
  if (job === null) {
    parentPort!.close()
    return
  }
  parentPort!.postMessage({ seed: job.seed, runs: runOneRepetition(job.seed, job.shape) })
})
