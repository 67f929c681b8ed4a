#!/usr/bin/env node
// Puts MediaPipe's face_landmarker.task where the app serves it (assets/models/) and verifies its
// sha256 every time. Sources, first that applies:
//   1. VITRINE_MODEL_PATH: a file, or a folder holding face_landmarker.task
//   2. ../shared/models/face_landmarker.task (the project's shared folder, used by CI)
//   3. Google's model storage (download with a progress bar)
import { createHash } from 'node:crypto'
import { chmodSync, createReadStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync, copyFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const MODEL_FILE = 'face_landmarker.task'
const EXPECTED_SHA256 = '64184e229b263107bc2b804c6625db1341ff2bb731874b0bcc2fe6544e0bc9ff'
const DOWNLOAD_URL =
  'https://storage.googleapis.com/mediapipe-models/face_landmarker/face_landmarker/float16/1/face_landmarker.task'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'assets', 'models', MODEL_FILE)

function sha256Of(path) {
  return new Promise((done, fail) => {
    const hash = createHash('sha256')
    createReadStream(path).on('data', (c) => hash.update(c)).on('end', () => done(hash.digest('hex'))).on('error', fail)
  })
}

function fail(message) {
  console.error(`setup-model: ${message}`)
  process.exit(1)
}

function localSource() {
  const fromEnv = process.env.VITRINE_MODEL_PATH
  if (fromEnv) {
    const path = existsSync(fromEnv) && statSync(fromEnv).isDirectory() ? join(fromEnv, MODEL_FILE) : fromEnv
    if (!existsSync(path)) fail(`VITRINE_MODEL_PATH points at ${path}, which does not exist.`)
    return path
  }
  const shared = join(root, '..', 'shared', 'models', MODEL_FILE)
  return existsSync(shared) ? shared : undefined
}

async function verified(path, origin) {
  const actual = await sha256Of(path)
  if (actual !== EXPECTED_SHA256) {
    fail(
      `checksum mismatch for ${origin}: expected sha256 ${EXPECTED_SHA256}, got ${actual}. ` +
        'The file is corrupt or a different model version; delete it and run again.',
    )
  }
}

async function download(url, dest) {
  const response = await fetch(url).catch((error) => fail(`cannot reach ${url}: ${error.cause?.code ?? error.message}. ` +
    'Set VITRINE_MODEL_PATH to a local copy of face_landmarker.task to set up offline.'))
  if (!response.ok || !response.body) fail(`download of ${url} failed: HTTP ${response.status}`)
  const total = Number(response.headers.get('content-length')) || 0
  const chunks = []
  let received = 0
  const barWidth = 30
  for await (const chunk of response.body) {
    chunks.push(chunk)
    received += chunk.length
    if (total && process.stderr.isTTY) {
      const filled = Math.round((received / total) * barWidth)
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${(received / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB`)
    } else if (!process.stderr.isTTY && received % (1 << 20) < chunk.length) {
      process.stderr.write(`setup-model: ${(received / 1e6).toFixed(1)} MB${total ? ` of ${(total / 1e6).toFixed(1)} MB` : ''}\n`)
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\n')
  writeFileSync(dest, Buffer.concat(chunks))
}

async function main() {
  mkdirSync(dirname(target), { recursive: true })
  const source = localSource()
  // A file the user names is checked even when a good copy is already installed: a wrong path
  // must not pass silently.
  if (process.env.VITRINE_MODEL_PATH && source) await verified(source, source)
  if (existsSync(target) && (await sha256Of(target)) === EXPECTED_SHA256) {
    console.error(`setup-model: ${MODEL_FILE} present and verified (sha256 ${EXPECTED_SHA256.slice(0, 12)}…)`)
    return
  }
  const temp = `${target}.partial`
  rmSync(temp, { force: true })
  if (source) {
    console.error(`setup-model: copying ${source}`)
    await verified(source, source)
    copyFileSync(source, temp)
    chmodSync(temp, 0o644) // a read-only source must not make the served copy read-only
  } else {
    console.error(`setup-model: downloading ${DOWNLOAD_URL}`)
    await download(DOWNLOAD_URL, temp)
  }
  await verified(temp, source ?? DOWNLOAD_URL)
  renameSync(temp, target) // atomic: the app never serves half a model
  console.error(`setup-model: ${MODEL_FILE} ready in assets/models (sha256 verified)`)
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)))
