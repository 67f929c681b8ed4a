import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The scripts an HTML page loads before any interaction: `<script type="module" src>` and
 * `<link rel="modulepreload" href>`, in order, without duplicates (root-relative URLs as written).
 */
export function initialScripts(html: string): string[] {
  const urls: string[] = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1]
    const url = /^<script/i.test(tag)
      ? (attr('type') === 'module' ? attr('src') : undefined)
      : (attr('rel') === 'modulepreload' ? attr('href') : undefined)
    if (url && !urls.includes(url)) urls.push(url)
  }
  return urls
}

/** Gzip size (level 9) of the JS `outDir/index.html` loads up front, KB of 1024 bytes, with the files. */
export function initialJsGzKb(outDir: string): { kb: number; files: string[] } {
  const files = initialScripts(readFileSync(join(outDir, 'index.html'), 'utf8'))
  let bytes = 0
  for (const url of files) {
    const path = join(outDir, new URL(url, 'http://x/').pathname)
    bytes += gzipSync(readFileSync(path), { level: 9 }).length
  }
  return { kb: Number((bytes / 1024).toFixed(1)), files }
}
