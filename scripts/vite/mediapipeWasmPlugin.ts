import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** URL path the app loads MediaPipe's wasm runtime from (same origin, never a CDN). */
export const MEDIAPIPE_WASM_BASE = '/mediapipe/wasm'

const CONTENT_TYPES: Record<string, string> = { '.wasm': 'application/wasm', '.js': 'text/javascript' }

/**
 * Serves `node_modules/@mediapipe/tasks-vision/wasm` at {@link MEDIAPIPE_WASM_BASE} in dev and
 * preview, and copies it into the build, so the app works offline and passes `connect-src 'self'`.
 */
export function mediapipeWasmPlugin(root: string): Plugin {
  const wasmDir = join(root, 'node_modules', '@mediapipe', 'tasks-vision', 'wasm')
  const serve = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    const url = req.url?.split('?')[0] ?? ''
    if (!url.startsWith(`${MEDIAPIPE_WASM_BASE}/`)) return next()
    const name = url.slice(MEDIAPIPE_WASM_BASE.length + 1)
    const file = join(wasmDir, name)
    if (name.includes('/') || name.includes('..') || !existsSync(file)) return next()
    const ext = name.slice(name.lastIndexOf('.'))
    res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream')
    res.setHeader('Content-Length', String(statSync(file).size))
    res.setHeader('Cache-Control', 'public, max-age=86400')
    createReadStream(file).pipe(res)
  }
  return {
    name: 'vitrine:mediapipe-wasm',
    configureServer(server) {
      server.middlewares.use(serve)
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve)
    },
    generateBundle() {
      for (const name of readdirSync(wasmDir)) {
        // Only the module flavour is loaded (from a module worker); skip the others to keep dist small.
        if (!name.startsWith('vision_wasm_module_internal.')) continue
        this.emitFile({ type: 'asset', fileName: `${MEDIAPIPE_WASM_BASE.slice(1)}/${name}`, source: readFileSync(join(wasmDir, name)) })
      }
    },
  }
}
