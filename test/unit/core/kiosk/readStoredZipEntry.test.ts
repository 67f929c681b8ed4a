import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readStoredZipEntry } from '../../../../src/core/kiosk/readStoredZipEntry'

/** A minimal zip (stored entries; `method` per entry) written the way zip tools do. */
function zip(entries: { name: string; data: string; method?: number }[]): Uint8Array {
  const enc = new TextEncoder()
  const locals: number[] = []
  const central: number[] = []
  const u16 = (a: number[], v: number) => a.push(v & 0xff, (v >> 8) & 0xff)
  const u32 = (a: number[], v: number) => a.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff)
  for (const e of entries) {
    const name = [...enc.encode(e.name)]
    const data = [...enc.encode(e.data)]
    const offset = locals.length
    u32(locals, 0x04034b50); u16(locals, 20); u16(locals, 0); u16(locals, e.method ?? 0); u32(locals, 0); u32(locals, 0)
    u32(locals, data.length); u32(locals, data.length); u16(locals, name.length); u16(locals, 0)
    locals.push(...name, ...data)
    u32(central, 0x02014b50); u16(central, 20); u16(central, 20); u16(central, 0); u16(central, e.method ?? 0); u32(central, 0); u32(central, 0)
    u32(central, data.length); u32(central, data.length); u16(central, name.length); u16(central, 0); u16(central, 0)
    u16(central, 0); u16(central, 0); u32(central, 0); u32(central, offset)
    central.push(...name)
  }
  const end: number[] = []
  u32(end, 0x06054b50); u16(end, 0); u16(end, 0); u16(end, entries.length); u16(end, entries.length)
  u32(end, central.length); u32(end, locals.length); u16(end, 0)
  return new Uint8Array([...locals, ...central, ...end])
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('readStoredZipEntry', () => {
  it('returns the bytes of the named stored entry', () => {
    const archive = zip([{ name: 'a.txt', data: 'first' }, { name: 'face_detector.tflite', data: 'DETECTOR' }])
    expect(text(readStoredZipEntry(archive, 'face_detector.tflite'))).toBe('DETECTOR')
    expect(text(readStoredZipEntry(archive, 'a.txt'))).toBe('first')
  })

  it('says which entries exist when the one asked for is missing', () => {
    expect(() => readStoredZipEntry(zip([{ name: 'a.txt', data: 'x' }]), 'b.txt')).toThrow("zip has no entry 'b.txt' (it has: a.txt)")
  })

  it('refuses compressed entries and things that are not zips', () => {
    expect(() => readStoredZipEntry(zip([{ name: 'a.txt', data: 'x', method: 8 }]), 'a.txt')).toThrow(/compressed \(method 8\)/)
    expect(() => readStoredZipEntry(new TextEncoder().encode('not a zip at all, just some text here'), 'a')).toThrow(/not a zip archive/)
  })

  const model = join(import.meta.dirname, '..', '..', '..', '..', 'assets', 'models', 'face_landmarker.task')
  it.runIf(existsSync(model))('takes the face detector out of MediaPipe face_landmarker.task', () => {
    const detector = readStoredZipEntry(new Uint8Array(readFileSync(model)), 'face_detector.tflite')
    expect(detector.length).toBe(229_746)
    expect(text(detector.subarray(4, 8))).toBe('TFL3') // the TensorFlow Lite flatbuffer identifier
  })
})
