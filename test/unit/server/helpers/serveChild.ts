/** `scripts/serve.ts` in a child process, for tests that kill it. */
import { spawn, type ChildProcess } from 'node:child_process'

const ROOT = new URL('../../../../', import.meta.url).pathname
/** How long the child may take to listen (PGlite start-up included), milliseconds. */
const LISTEN_TIMEOUT_MS = 60_000

/** Starts the service with `env` on a free port; resolves with its base URL once it listens. */
export function startServeChild(env: Record<string, string>): Promise<{ child: ChildProcess; baseUrl: string }> {
  // node --import tsx, not npx: the signal must reach the process that holds the upload.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEED: 'never', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve.ts did not listen within ${LISTEN_TIMEOUT_MS} ms:\n${output}`)) }, LISTEN_TIMEOUT_MS)
    const onData = (d: Buffer) => {
      output += d.toString()
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output)
      if (match) { clearTimeout(timer); resolve({ child, baseUrl: match[1]! }) }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve.ts exited with ${code} before listening:\n${output}`)) })
  })
}
