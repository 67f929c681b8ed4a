import { describe, expect, it } from 'vitest'
import { NEUTRAL_MOOD } from '../../../../src/core/mood/types'
import { Ranker } from '../../../../src/core/ranker/Ranker'
import type { RankerView } from '../../../../src/core/ranker/types'
import { CATALOG, mood, product } from './rankerFixtures'

const ids = (ranker: Ranker) => ranker.store.getState().slate.map((e) => e.id)

describe('Ranker', () => {
  it('starts with the popularity order and says so', () => {
    const ranker = new Ranker(CATALOG, { popularity: { 'rect-2': 90, 'rect-1': 80, 'cat-3': 70 }, serendipity: false, diversity: 1, explorationScale: 0 })
    expect(ids(ranker).slice(0, 3)).toEqual(['rect-2', 'rect-1', 'cat-3'])
    expect(ranker.store.getState().slate[0]!.reason).toBe('popular with other shoppers')
  })

  it('moves towards what the shopper tries on and away from what they skip, with a reason', () => {
    const ranker = new Ranker(CATALOG, { seed: 3, serendipity: false, diversity: 1, explorationScale: 0 })
    ranker.record({ kind: 'tryOn', id: 'round-0' })
    ranker.record({ kind: 'skip', id: 'cat-0' })
    ranker.record({ kind: 'like', id: 'round-1' })
    const slate = ranker.store.getState().slate
    expect(slate.slice(0, 2).map((e) => e.id.split('-')[0])).toEqual(['round', 'round'])
    expect(slate.map((e) => e.id)).not.toContain('round-0')
    expect(slate.map((e) => e.id)).not.toContain('cat-0')
    expect(slate[0]!.reason).toMatch(/^because you (tried|liked) (round|thin|metal|yellow) frames$/)
  })

  it('learns across shoppers that the mood context changes what is tried on, and ranks by it', () => {
    const ranker = new Ranker(CATALOG, { seed: 5, serendipity: false, diversity: 1, explorationScale: 0, exposureBalance: 0 })
    // Excited shoppers try the bold cat-eyes, calm ones the classic rectangles.
    for (let s = 0; s < 30; s++) {
      ranker.startSession()
      ranker.setMood(mood(0.9, 0.3))
      ranker.record({ kind: 'tryOn', id: `cat-${s % 4}` })
      ranker.record({ kind: 'skip', id: `rect-${s % 4}` })
      ranker.startSession()
      ranker.setMood(mood(0.1, 0.3))
      ranker.record({ kind: 'tryOn', id: `rect-${(s + 1) % 4}` })
      ranker.record({ kind: 'skip', id: `cat-${(s + 1) % 4}` })
    }
    ranker.startSession()
    ranker.setMood(mood(0.9, 0.3))
    ranker.refresh()
    expect(ids(ranker)[0]).toMatch(/^cat-/)
    ranker.setMood(mood(0.1, 0.3))
    ranker.refresh()
    expect(ids(ranker)[0]).toMatch(/^rect-/)
    // With no confidence in the reading, mood cannot decide.
    ranker.setMood(mood(0.9, 0.3, 0))
    ranker.refresh()
    const neutral = ids(ranker)
    ranker.setMood(NEUTRAL_MOOD)
    ranker.refresh()
    expect(ids(ranker)).toEqual(neutral)
  })

  it('reranks on events and preferences only: a mood sample notifies nobody', () => {
    const ranker = new Ranker(CATALOG, { seed: 1 })
    const views: RankerView[] = []
    const unsubscribe = ranker.store.subscribe((v) => views.push(v))
    for (let k = 0; k < 20; k++) ranker.setMood(mood(k / 20, 0))
    ranker.setHourOfDay(14)
    expect(views).toHaveLength(0)
    ranker.record({ kind: 'tryOn', id: 'round-2' })
    expect(views.length).toBe(1)
    unsubscribe()
    ranker.record({ kind: 'tryOn', id: 'round-3' })
    expect(views.length).toBe(1)
  })

  it('keeps the same view object (and notifies nobody) when a rerank changes nothing visible', () => {
    const ranker = new Ranker(CATALOG, { seed: 1, explorationScale: 0, serendipity: false, exposureBalance: 0 })
    const before = ranker.store.getState()
    let calls = 0
    ranker.store.subscribe(() => calls++)
    ranker.refresh()
    expect(ranker.store.getState()).toBe(before)
    expect(calls).toBe(0)
  })

  it('with personalisation off shows the popularity order and learns nothing from events', () => {
    const ranker = new Ranker(CATALOG, { popularity: { 'cat-1': 5, 'rect-0': 4 }, seed: 2 })
    const prior = Float64Array.from(ranker.model.mean)
    ranker.setPersonalised(false)
    const off = ranker.store.getState()
    expect(off.personalised).toBe(false)
    expect(off.slate.map((e) => e.id).slice(0, 2)).toEqual(['cat-1', 'rect-0'])
    expect(off.slate.every((e) => e.reasonKind === 'popular' && !e.serendipity)).toBe(true)
    ranker.record({ kind: 'tryOn', id: 'round-0' })
    expect(Array.from(ranker.model.mean)).toEqual(Array.from(prior))
    expect(ranker.store.getState()).toBe(off)
    ranker.setPersonalised(true)
    expect(ranker.store.getState().personalised).toBe(true)
    // Without popularity figures the order is the catalog's, and it does not claim to be personal.
    const plain = new Ranker(CATALOG)
    plain.setPersonalised(false)
    expect(plain.store.getState().slate.map((e) => [e.id, e.reason])).toEqual(CATALOG.slice(0, 5).map((p) => [p.id, 'from the collection']))
  })

  it('favours stated styles and budget, and says which style matched', () => {
    const ranker = new Ranker(CATALOG, { seed: 4, explorationScale: 0, serendipity: false })
    ranker.setPreferences({ styles: ['Cat-Eye'], budget: { amount: 200, currency: 'EUR' } })
    const view = ranker.store.getState()
    expect(view.preferences.styles).toEqual(['Cat-Eye'])
    expect(view.slate[0]!.id).toMatch(/^cat-/)
    expect(view.slate[0]!.reason).toBe('matches your style: cat-eye')
  })

  it('keeps a serendipity slot last, explained as "something different"', () => {
    const ranker = new Ranker(CATALOG, { seed: 9, slateSize: 4 })
    const slate = ranker.store.getState().slate
    expect(slate).toHaveLength(4)
    expect(slate[3]).toMatchObject({ serendipity: true, reasonKind: 'different', reason: 'something different', position: 3 })
    expect(slate.slice(0, 3).every((e) => !e.serendipity)).toBe(true)
  })

  it('draws the serendipity pick from across a large catalog, so it varies from slate to slate', () => {
    const tags = ['round', 'square', 'cat-eye', 'aviator', 'metal', 'acetate', 'bold', 'thin', 'vintage', 'sport']
    const colours = ['#1b1b1f', '#d62828', '#2a9d3f', '#1e6bd6', '#c9a45c', '#6e3b23']
    const large = Array.from({ length: 200 }, (_, i) => product(`p-${i}`, [tags[i % 10]!, tags[(i * 7 + 3) % 10]!], colours[i % 6]!))
    const ranker = new Ranker(large, { seed: 10, explorationScale: 0 })
    const picks = new Set<string>()
    for (let k = 0; k < 40; k++) {
      ranker.refresh()
      const slate = ranker.store.getState().slate
      picks.add(slate[slate.length - 1]!.id)
      // Never one of the best picks of the same slate.
      expect(slate.slice(0, -1).map((e) => e.id)).not.toContain(slate[slate.length - 1]!.id)
    }
    expect(picks.size).toBeGreaterThanOrEqual(10)
  })

  it('rejects malformed events and unknown products with a specific message', () => {
    const ranker = new Ranker(CATALOG)
    expect(() => ranker.record({ kind: 'tryOn', id: 'nope' })).toThrow(/no product "nope"/)
    expect(() => ranker.record({ kind: 'wink', id: 'round-0' } as never)).toThrow(/kind must be one of/)
    expect(() => ranker.record({ kind: 'dwell', id: 'round-0', dwellSec: -1, confidence: 0.5 })).toThrow(/dwellSec must be a finite number >= 0, found -1/)
    expect(() => ranker.record({ kind: 'dwell', id: 'round-0', dwellSec: 1, confidence: 2 })).toThrow(/confidence must be in \[0, 1\], found 2/)
    expect(() => ranker.setHourOfDay(25)).toThrow(/\[0, 24\)/)
    expect(() => new Ranker(CATALOG, { slateSize: 0 })).toThrow(/slateSize/)
    expect(() => new Ranker(CATALOG, { exposureBalance: -0.1 })).toThrow(/exposureBalance must be a finite number >= 0, found -0.1/)
    expect(() => ranker.setPreferences({ styles: [], budget: { amount: 0, currency: 'EUR' } })).toThrow(/budget.amount/)
  })

  it('learns from a confident dwell and not from an unsure one', () => {
    const ranker = new Ranker(CATALOG)
    ranker.record({ kind: 'dwell', id: 'round-0', dwellSec: 2, confidence: 0 })
    expect(ranker.model.observations).toBe(0)
    ranker.record({ kind: 'dwell', id: 'round-0', dwellSec: 2, confidence: 0.8 })
    expect(ranker.model.observations).toBe(1)
  })

  it('forgets the session on startSession but keeps what the model learned', () => {
    const ranker = new Ranker(CATALOG, { seed: 1, serendipity: false, slateSize: 12, explorationScale: 0 })
    ranker.record({ kind: 'skip', id: 'cat-2' })
    expect(ids(ranker)).not.toContain('cat-2')
    ranker.startSession()
    expect(ids(ranker)).toContain('cat-2')
    expect(ranker.model.observations).toBe(1)
  })

  it('spreads the rail over items it rates alike (exposure balance), and not with the balance off', () => {
    // Twelve identical frames: the model cannot tell them apart, so only the balance can rotate them.
    const same = Array.from({ length: 12 }, (_, i) => product(`same-${i}`, ['round', 'metal']))
    const shown = (exposureBalance: number) => {
      const ranker = new Ranker(same, { seed: 2, explorationScale: 0, serendipity: false, diversity: 1, slateSize: 3, exposureBalance })
      const seen = new Set<string>()
      for (let k = 0; k < 8; k++) {
        ranker.refresh()
        for (const id of ids(ranker)) seen.add(id)
      }
      return seen.size
    }
    expect(shown(0)).toBe(3)
    expect(shown(0.07)).toBe(12)
  })

  it('lets a clearly better item keep its place despite the balance', () => {
    const ranker = new Ranker(CATALOG, { seed: 4, explorationScale: 0, serendipity: false, diversity: 1 })
    ranker.setPreferences({ styles: ['cat-eye', 'bold', 'oversized'], budget: null })
    for (let k = 0; k < 50; k++) ranker.refresh()
    // Three matched styles (+0.3 under the prior) outweigh 50 rail appearances (0.07 · ln(1 + 50/(ē + 1)) ≈ 0.09 at most).
    expect(ids(ranker).slice(0, 4).every((id) => id.startsWith('cat-'))).toBe(true)
  })

  it('forgets what it has shown on a wipe: the first slate after it is a new ranker\'s', () => {
    const same = Array.from({ length: 12 }, (_, i) => product(`same-${i}`, ['round', 'metal']))
    const options = { seed: 2, explorationScale: 0, serendipity: false, diversity: 1, slateSize: 3 }
    const first = ids(new Ranker(same, options))
    const used = new Ranker(same, options)
    for (let k = 0; k < 5; k++) used.refresh()
    expect(ids(used)).not.toEqual(first)
    used.resetAll()
    expect(ids(used)).toEqual(first)
  })
})
