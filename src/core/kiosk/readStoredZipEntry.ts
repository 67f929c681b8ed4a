const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50
const END_RECORD_SIZE = 22
const MAX_COMMENT = 0xffff
const STORED = 0

/**
 * One file of a zip archive whose entries are stored uncompressed, as MediaPipe's `.task` bundles
 * are: returns a view into `archive` (no copy). The kiosk takes the face *detector* out of
 * `face_landmarker.task` this way, so presence detection needs no second model download.
 * Throws an Error saying what is wrong (not a zip, entry missing, entry compressed).
 */
export function readStoredZipEntry(archive: Uint8Array, name: string): Uint8Array {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength)
  let end = -1
  const lowest = Math.max(0, archive.length - END_RECORD_SIZE - MAX_COMMENT)
  for (let i = archive.length - END_RECORD_SIZE; i >= lowest; i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error(`[vitrine/kiosk] not a zip archive (no end of central directory in ${archive.length} bytes)`)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  const names: string[] = []
  for (let k = 0; k < count; k++) {
    if (at + 46 > archive.length || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw new Error(`[vitrine/kiosk] zip central directory is damaged at byte ${at}`)
    const method = view.getUint16(at + 10, true)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localOffset = view.getUint32(at + 42, true)
    const entryName = decoder.decode(archive.subarray(at + 46, at + 46 + nameLength))
    names.push(entryName)
    if (entryName === name) {
      if (method !== STORED) throw new Error(`[vitrine/kiosk] zip entry '${name}' is compressed (method ${method}); only stored entries can be read`)
      if (view.getUint32(localOffset, true) !== LOCAL_FILE_HEADER) throw new Error(`[vitrine/kiosk] zip entry '${name}' has no local header at byte ${localOffset}`)
      const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true)
      if (start + size > archive.length) throw new Error(`[vitrine/kiosk] zip entry '${name}' runs past the end of the archive`)
      return archive.subarray(start, start + size)
    }
    at += 46 + nameLength + extraLength + commentLength
  }
  throw new Error(`[vitrine/kiosk] zip has no entry '${name}' (it has: ${names.join(', ') || 'nothing'})`)
}
