import { randomUUID } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** Prefix and suffix of the temporary files this module writes (the orphan collector knows them). */
export const TEMP_PREFIX = '.write-'
export const TEMP_SUFFIX = '.tmp'

/** fsync of a directory, so a rename in it survives a power cut. */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes `bytes` to `path` so that readers see either no file or the whole file: a temp file in
 * the same folder, fsync, rename over `path`, fsync of the folder. On any error (a full disk
 * included) the temp file is removed and the error is rethrown.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, `${TEMP_PREFIX}${randomUUID()}${TEMP_SUFFIX}`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await fsyncDir(dir)
}
