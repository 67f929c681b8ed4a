import { describe, expect, it } from 'vitest'
import { FACE_LOST_AFTER_FRAMES, FacePresence } from '../../../../src/core/face/FacePresence'

describe('FacePresence', () => {
  it('reports a face from the first frame it is found', () => {
    const presence = new FacePresence()
    expect(presence.update(false)).toBe(false)
    expect(presence.update(true)).toBe(true)
  })

  it('rides out fewer misses than the threshold', () => {
    const presence = new FacePresence()
    presence.update(true)
    for (let i = 0; i < FACE_LOST_AFTER_FRAMES - 1; i++) expect(presence.update(false)).toBe(true)
    expect(presence.update(true)).toBe(true)
  })

  it('drops the face after the threshold of consecutive misses', () => {
    const presence = new FacePresence()
    presence.update(true)
    for (let i = 0; i < FACE_LOST_AFTER_FRAMES - 1; i++) presence.update(false)
    expect(presence.update(false)).toBe(false)
  })

  it('starts over after reset', () => {
    const presence = new FacePresence()
    presence.update(true)
    presence.reset()
    expect(presence.present).toBe(false)
  })
})
