import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, type ReadStream } from 'node:fs'
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { copyLimited } from './copyLimited'
import { KeyedMutex } from './KeyedMutex'
import { TEMP_PREFIX, TEMP_SUFFIX, writeFileAtomic } from './writeFileAtomic'

export { BodyAbortedError, BodyTooLargeError } from './copyLimited'

/** Prefix and suffix of an upload being received. */
export const UPLOAD_PREFIX = '.upload-'
export const UPLOAD_SUFFIX = '.part'
const SHA256_FILE = /^([0-9a-f]{64})\.glb$/

/** A file of the store folder as the orphan collector sees it. */
export interface StoreEntry {
  name: string
  /** sha256 for stored assets, undefined for temp files. */
  sha256?: string
  temp: boolean
  mtimeMs: number
}

/**
 * Content-addressed GLB files: `<dir>/<sha256>.glb`, written atomically, never changed. Temp files
 * (uploads being received, writes before their rename) live in the same folder so renames stay on
 * one file system.
 */
export class AssetStore {
  readonly locks = new KeyedMutex()

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<AssetStore> {
    await mkdir(dir, { recursive: true })
    return new AssetStore(dir)
  }

  pathOf(sha256: string): string {
    return join(this.dir, `${sha256}.glb`)
  }

  /**
   * Streams a request body to a temp file, stopping past `limitBytes` (throws BodyTooLargeError),
   * then hands `use` a reader for the received bytes and removes the temp file once `use` settles.
   * Receiving to disk keeps slow clients from holding memory; the bytes are read only when `use`
   * is ready for them (after waiting for a pipeline slot, say). A crash leaves only the temp file,
   * which the orphan collector removes.
   */
  async receive<T>(body: Readable, limitBytes: number, use: (read: () => Promise<Buffer>) => Promise<T>): Promise<T> {
    const temp = join(this.dir, `${UPLOAD_PREFIX}${randomUUID()}${UPLOAD_SUFFIX}`)
    try {
      const handle = await open(temp, 'wx')
      try {
        await copyLimited(body, handle, limitBytes)
      } finally {
        await handle.close()
      }
      return await use(() => readFile(temp))
    } finally {
      await rm(temp, { force: true })
    }
  }

  /** Stores `bytes` under their sha256 (atomic; a file already there is the same content and kept). Call inside `locks.run(sha256)`. */
  async put(sha256: string, bytes: Uint8Array): Promise<void> {
    if (await this.has(sha256)) return
    await writeFileAtomic(this.pathOf(sha256), bytes)
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(() => true, () => false)
  }

  read(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256))
  }

  stream(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256))
  }

  /** Removes a stored file (no error when it is already gone). Call inside `locks.run(sha256)`. */
  remove(sha256: string): Promise<void> {
    return rm(this.pathOf(sha256), { force: true })
  }

  /** sha256 of a file as it is on disk now, to prove it intact. */
  async digest(sha256: string): Promise<string> {
    return createHash('sha256').update(await this.read(sha256)).digest('hex')
  }

  /** Every stored asset and temp file of the folder; other files are not listed. */
  async list(): Promise<StoreEntry[]> {
    const entries: StoreEntry[] = []
    for (const name of await readdir(this.dir)) {
      const sha = SHA256_FILE.exec(name)?.[1]
      const temp = (name.startsWith(UPLOAD_PREFIX) && name.endsWith(UPLOAD_SUFFIX)) || (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX))
      if (sha === undefined && !temp) continue
      const info = await stat(join(this.dir, name)).catch(() => undefined)
      if (info) entries.push(sha === undefined ? { name, temp, mtimeMs: info.mtimeMs } : { name, sha256: sha, temp, mtimeMs: info.mtimeMs })
    }
    return entries
  }

  /** Deletes one temp file by name (as listed). */
  removeTemp(name: string): Promise<void> {
    return rm(join(this.dir, name), { force: true })
  }
}
