import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import { imageToVideo, makeTestVideos, VIDEO_DIR, videoPath } from '../../scripts/make-test-videos.mjs'

/**
 * A y4m for Chromium's fake camera: a .y4m as it is; any other file is taken for a still image
 * and turned into a 4 s still-face video (cached under test/.cache/videos/bench, remade when the
 * image is newer).
 */
export function asVideo(file: string): string {
  const path = resolve(file)
  if (!existsSync(path)) throw new Error(`vitrine: ${file} not found`)
  if (extname(path).toLowerCase() === '.y4m') return path
  const dir = join(VIDEO_DIR, 'bench')
  mkdirSync(dir, { recursive: true })
  const tag = createHash('sha1').update(path).digest('hex').slice(0, 8)
  const out = join(dir, `${basename(path, extname(path))}-${tag}.y4m`)
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(path).mtimeMs) imageToVideo(path, out)
  return out
}

/** The default still and moving videos (made first if missing). */
export function defaultVideos(): { still: string; moving: string } {
  makeTestVideos()
  return { still: videoPath('still'), moving: videoPath('moving') }
}
