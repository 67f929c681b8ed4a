import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import type { PrecacheEntry, PrecacheManifest } from '../sw/precacheTypes'

/** Where the built worker lands (site root, so its scope covers the app's workers and assets). */
export const KIOSK_SW_FILE = 'kiosk-sw.js'
/** What the build writes about itself for the health page. */
const BUILD_INFO_FILE = 'kiosk/build-info.json'
/** Built files the kiosk needs offline: the bundle, its pages, MediaPipe's wasm, the model, the icon. */
const PRECACHED = [/^assets\//, /^kiosk\//, /^mediapipe\/wasm\//, /^models\/face_landmarker\.task$/, /^favicon\.svg$/]

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/**
 * Builds the kiosk's service worker after the app: lists the built files the kiosk needs offline
 * (with their sha256), writes `kiosk/build-info.json` (version, build hash, time), and bundles
 * `kiosk/sw.ts` as one classic script at `/kiosk-sw.js` with that list injected. The worker's
 * name is stable, so a new build is picked up by the browser's normal update check.
 */
export function kioskServiceWorkerPlugin(root: string): Plugin {
  let config: ResolvedConfig
  return {
    name: 'vitrine:kiosk-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir)
      const entryFor = (file: string): PrecacheEntry => ({ url: `/${file}`, sha256: sha256(readFileSync(join(outDir, file))) })
      const files = filesUnder(outDir)
        .map((path) => relative(outDir, path).split(sep).join('/'))
        .filter((file) => file !== BUILD_INFO_FILE && PRECACHED.some((pattern) => pattern.test(file)))
        .sort()
      if (!files.includes('kiosk/index.html')) throw new Error(`[vitrine/kiosk] the build has no kiosk/index.html in ${outDir}; is kiosk/index.html a build input?`)
      const entries = files.map(entryFor)
      const version = sha256(entries.map((e) => `${e.url} ${e.sha256}`).join('\n')).slice(0, 16)
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
      writeFileSync(join(outDir, BUILD_INFO_FILE), JSON.stringify({ version: pkg.version, build: version, builtAt: new Date().toISOString() }))
      const manifest: PrecacheManifest = { version, entries: [...entries, entryFor(BUILD_INFO_FILE)] }
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        publicDir: false,
        define: { __VITRINE_PRECACHE__: JSON.stringify(manifest) },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          lib: { entry: join(root, 'kiosk', 'sw.ts'), formats: ['iife'], name: 'vitrineKioskWorker', fileName: () => KIOSK_SW_FILE },
        },
      })
    },
  }
}
