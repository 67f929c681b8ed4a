import { describe, expect, it } from 'vitest'
import { Ranker } from '../../../../src/core/ranker/Ranker'
import { MOOD_WORDS } from '../../../../src/core/ranker/moodWords'
import { reasonText } from '../../../../src/core/ranker/reasonText'
import { mulberry32 } from '../../../../src/core/random/mulberry32'
import { CATALOG, mood, product } from './rankerFixtures'

describe('suggestion reasons', () => {
  it('read as short sentences for each kind', () => {
    const tag = { key: 'tag:round', label: 'round', kind: 'tag' as const, weight: 1, nameable: true }
    expect(reasonText('tried', tag, 'glasses')).toBe('because you tried round frames')
    expect(reasonText('liked', tag, 'earrings')).toBe('because you liked round earrings')
    expect(reasonText('popular', null, 'hat')).toBe('popular with other shoppers')
    expect(reasonText('different', null, 'glasses')).toBe('something different')
    expect(reasonText('budget', null, 'glasses')).toBe('within your budget')
  })

  it('never name a mood word or a number, even when catalog tags use mood words', () => {
    const moodyCatalog = [
      ...CATALOG,
      product('calm-1', ['calm', 'round'], '#1b1b1f'), product('happy-1', ['happy', 'bold'], '#e4007c'),
      product('feel-1', ['feel-good', 'cat-eye'], '#d62828'), product('relax-1', ['relaxed'], '#808080'),
    ]
    const ranker = new Ranker(moodyCatalog, { seed: 8, slateSize: 6 })
    const random = mulberry32(8)
    const reasons = new Set<string>()
    for (let k = 0; k < 300; k++) {
      if (k % 10 === 0) ranker.startSession()
      ranker.setMood(mood(random(), 2 * random() - 1, random()))
      const slate = ranker.store.getState().slate
      for (const e of slate) reasons.add(e.reason)
      const e = slate[Math.floor(random() * slate.length)]!
      ranker.record({ kind: random() < 0.5 ? 'tryOn' : random() < 0.5 ? 'like' : 'skip', id: e.id })
    }
    expect(reasons.size).toBeGreaterThan(3)
    for (const reason of reasons) {
      const words = reason.split(/[^a-z]+/)
      for (const word of MOOD_WORDS) expect(words, reason).not.toContain(word)
      expect(reason).not.toMatch(/\d/)
    }
  })
})
