import type { FileHandle } from 'node:fs/promises'
import type { Readable } from 'node:stream'

/** Thrown by {@link copyLimited} when the body is larger than allowed. */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the body is larger than ${limitBytes} bytes`)
  }
}

/** The client went away before the body was complete. */
export class BodyAbortedError extends Error {
  constructor() {
    super('the client closed the connection before the upload was complete')
  }
}

// A write may be short (a disk filling up reports ENOSPC only on the next call): loop until done.
async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.byteLength;) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset)
    offset += bytesWritten
  }
}

/**
 * Copies a stream to a file, one chunk at a time (backpressure through pause/resume). Past
 * `limitBytes` it stops reading and rejects without destroying the stream, so the 413 answer can
 * still reach the client (Node closes the connection once that answer is sent).
 */
export function copyLimited(body: Readable, handle: FileHandle, limitBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let received = 0
    let ended = false
    let pending = 0
    const finish = (error?: Error) => {
      body.off('data', onData).off('end', onEnd).off('error', finish).off('close', onClose)
      if (error) reject(error)
      else resolve()
    }
    const onData = (chunk: Buffer) => {
      received += chunk.byteLength
      if (received > limitBytes) {
        body.pause()
        return finish(new BodyTooLargeError(limitBytes))
      }
      body.pause()
      pending++
      writeAll(handle, chunk).then(() => {
        pending--
        if (ended && pending === 0) finish()
        else body.resume()
      }, finish)
    }
    const onEnd = () => { ended = true; if (pending === 0) finish() }
    const onClose = () => { if (!ended) finish(new BodyAbortedError()) }
    if (body.readableEnded) return resolve()
    body.on('data', onData).once('end', onEnd).once('error', finish).once('close', onClose)
  })
}

