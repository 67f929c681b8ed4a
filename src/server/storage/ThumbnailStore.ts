import { createReadStream, type ReadStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { TEMP_PREFIX, writeFileAtomic } from './writeFileAtomic'

const THUMBNAIL_FILE = /^([0-9a-f]{64})\.webp$/

/**
 * Product thumbnails (WebP, re-encoded by the service), content-addressed like the assets:
 * `<dir>/<sha256>.webp`, written atomically before the row that points at them.
 */
export class ThumbnailStore {
  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<ThumbnailStore> {
    await mkdir(dir, { recursive: true })
    return new ThumbnailStore(dir)
  }

  pathOf(sha256: string): string {
    return join(this.dir, `${sha256}.webp`)
  }

  async put(sha256: string, bytes: Uint8Array): Promise<void> {
    if (!(await this.has(sha256))) await writeFileAtomic(this.pathOf(sha256), bytes)
  }

  has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(() => true, () => false)
  }

  stream(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256))
  }

  /** Removes thumbnails no product points at and temp files older than `tempMaxAgeMs`. Returns the count. */
  async collectOrphans(inUse: ReadonlySet<string>, tempMaxAgeMs: number, nowMs = Date.now()): Promise<number> {
    let removed = 0
    for (const name of await readdir(this.dir)) {
      const match = THUMBNAIL_FILE.exec(name)
      const path = join(this.dir, name)
      if (match ? inUse.has(match[1]!) : !name.startsWith(TEMP_PREFIX) || nowMs - (await stat(path)).mtimeMs < tempMaxAgeMs) continue
      await rm(path, { force: true })
      removed++
    }
    return removed
  }
}
