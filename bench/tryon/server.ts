import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

const VITE = join('node_modules', 'vite', 'bin', 'vite.js')

/**
 * Production build into `outDir` (its own folder, so end-to-end runs serving dist/ meanwhile are
 * not disturbed). Output goes to stderr only if the build fails.
 */
export function build(root: string, outDir: string): void {
  try {
    execFileSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer }
    process.stderr.write(`${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`)
    throw new Error('vitrine: `vite build` failed (output above)')
  }
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface PreviewServer {
  url: string
  close(): Promise<void>
}

/** `vite preview` of `outDir` on a free port (the app's real headers and CSP); resolves once it answers. */
export async function startPreview(root: string, outDir: string, timeoutMs = 30_000): Promise<PreviewServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
      await exited
      clearTimeout(timer)
    }
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vitrine: vite preview exited (${child.exitCode}): ${stderr.trim()}`)
    try {
      const response = await fetch(`${url}/`)
      if (response.ok) return { url, close }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await close()
  throw new Error(`vitrine: vite preview did not answer on ${url} within ${timeoutMs} ms: ${stderr.trim()}`)
}
