#!/usr/bin/env node
// Makes the fake-camera videos the end-to-end tests and the benchmark feed Chromium
// (--use-file-for-fake-video-capture), from the public-domain astronaut portrait in ../shared.
// Output: test/.cache/videos/*.y4m (640x480, 30 fps). Skips files that already exist.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const VIDEO_DIR = join(root, 'test', '.cache', 'videos')
export const FACE_IMAGE = process.env.VITRINE_FACE_IMAGE ?? join(root, '..', 'shared', 'fixtures', 'faces', 'astronaut.png')

const W = 640
const H = 480
const FPS = 30
// Temporal sensor noise, so a still face is not a frozen image (jitter needs real input noise).
const NOISE = 'noise=alls=6:allf=t'
// The head-and-shoulders part of the portrait, framed like a selfie.
const PORTRAIT = 'crop=240:240:95:0'

/** ffmpeg filter graphs per video; [0] is the portrait. */
const VIDEOS = {
  // A still face, centred, 360 px tall (a shopper ~50 cm from a laptop camera).
  still: { seconds: 4, graph: `[0]${PORTRAIT},scale=360:360[f];color=c=0x556070:s=${W}x${H}:r=${FPS}[bg];[bg][f]overlay=140:60,${NOISE},format=yuv420p` },
  // A face that moves sideways, up and down, and rolls, at head-like speeds.
  moving: {
    seconds: 6,
    graph:
      `[0]${PORTRAIT},scale=320:320,format=rgba,rotate='0.18*sin(2*PI*t/2.2)':c=none:ow=360:oh=360[f];` +
      `color=c=0x556070:s=${W}x${H}:r=${FPS}[bg];` +
      `[bg][f]overlay=x='140+110*sin(2*PI*t/3)':y='60+35*sin(2*PI*t/2)',${NOISE},format=yuv420p`,
  },
  // An empty scene: the wall behind the shopper, no face.
  noface: { seconds: 2, graph: `color=c=0x8a8f96:s=${W}x${H}:r=${FPS},drawbox=x=60:y=300:w=200:h=180:color=0x5a4a3a:t=fill,${NOISE},format=yuv420p` },
  // Two people: a close shopper on the left and a passer-by further back on the right.
  twofaces: {
    seconds: 3,
    graph:
      `[0]${PORTRAIT},split[a][b];[a]scale=300:300[big];[b]scale=210:210[small];color=c=0x556070:s=${W}x${H}:r=${FPS}[bg];` +
      `[bg][big]overlay=20:90[t];[t][small]overlay=410:150,${NOISE},format=yuv420p`,
  },
  // A shopper at a kiosk for 16 s, then the empty spot (the same wall) for 30 s: the kiosk's
  // attract → session → idle → wipe test (the empty part outlasts a slow tracker start plus the
  // idle time). Chromium restarts the file each time the camera opens. Small (320×240, 10 fps,
  // 53 MB): presence and tracking need no detail.
  facethenempty: {
    seconds: 46,
    fps: 10,
    graph:
      `[0]${PORTRAIT},scale=180:180[f];` +
      `color=c=0x8a8f96:s=320x240:r=10:d=16,drawbox=x=30:y=150:w=100:h=90:color=0x5a4a3a:t=fill[wall];[wall][f]overlay=70:30:shortest=1[face];` +
      `color=c=0x8a8f96:s=320x240:r=10:d=30,drawbox=x=30:y=150:w=100:h=90:color=0x5a4a3a:t=fill[empty];` +
      `[face][empty]concat=n=2:v=1:a=0,${NOISE},format=yuv420p`,
  },
}

/** The file of a named video; its name carries a hash of the recipe, so a changed recipe remakes it. */
export function videoPath(name) {
  const recipe = VIDEOS[name]
  if (!recipe) return join(VIDEO_DIR, `${name}.y4m`)
  const hash = createHash('sha256').update(`${recipe.seconds}|${recipe.graph}${recipe.fps ? `|${recipe.fps}` : ''}`).digest('hex').slice(0, 8)
  return join(VIDEO_DIR, `${name}-${hash}.y4m`)
}

/** Turns any still image into a y4m of a still face (the benchmark's --video accepts images). */
export function imageToVideo(image, out, seconds = 4) {
  const graph = `[0]scale=${W}:${H}:force_original_aspect_ratio=decrease,pad=${W}:${H}:(ow-iw)/2:(oh-ih)/2,${NOISE},format=yuv420p`
  render(image, graph, seconds, out)
}

function render(image, graph, seconds, out, fps = FPS) {
  const temp = `${out}.partial.y4m`
  const inputs = image ? ['-loop', '1', '-framerate', String(fps), '-i', image] : []
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...inputs, '-filter_complex', graph,
    '-t', String(seconds), '-r', String(fps), '-pix_fmt', 'yuv420p', '-f', 'yuv4mpegpipe', temp])
  renameSync(temp, out)
}

export function makeTestVideos() {
  if (!existsSync(FACE_IMAGE)) throw new Error(`face image ${FACE_IMAGE} not found (set VITRINE_FACE_IMAGE)`)
  mkdirSync(VIDEO_DIR, { recursive: true })
  for (const [name, { seconds, graph, fps }] of Object.entries(VIDEOS)) {
    const out = videoPath(name)
    if (!existsSync(out)) render(name === 'noface' ? undefined : FACE_IMAGE, graph, seconds, out, fps)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  makeTestVideos()
  console.log(`test videos ready in ${VIDEO_DIR}`)
}
