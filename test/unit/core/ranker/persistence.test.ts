import { describe, expect, it } from 'vitest'
import { exportRankerState } from '../../../../src/core/ranker/exportRankerState'
import { importRankerState } from '../../../../src/core/ranker/importRankerState'
import { RankerStateError } from '../../../../src/core/ranker/RankerStateError'
import { Ranker } from '../../../../src/core/ranker/Ranker'
import { wipeRankerState } from '../../../../src/core/ranker/wipeRankerState'
import { CATALOG, mood } from './rankerFixtures'

/** A ranker that has learned something and been told preferences. */
function used(seed = 1, slateSize = 5): Ranker {
  const ranker = new Ranker(CATALOG, { seed, slateSize })
  ranker.setPreferences({ styles: ['round', 'gold-rim'], budget: { amount: 140, currency: 'EUR' } })
  ranker.setMood(mood(0.8, 0.4))
  for (const id of ['round-0', 'cat-1', 'rect-2']) ranker.record({ kind: 'tryOn', id })
  ranker.record({ kind: 'skip', id: 'cat-3' })
  ranker.setPersonalised(false)
  return ranker
}

describe('ranker persistence', () => {
  it('round-trips through JSON: same model, preferences and switch, same slates for the same seed', () => {
    const original = used()
    const saved = JSON.parse(JSON.stringify(exportRankerState(original)))
    const restored = new Ranker(CATALOG, { seed: 1 })
    importRankerState(restored, saved)
    expect(exportRankerState(restored)).toEqual(exportRankerState(original))
    expect(Array.from(restored.model.mean)).toEqual(Array.from(original.model.mean))
    for (let i = 0; i < restored.model.covariance.length; i++) expect(restored.model.covariance[i]).toBeCloseTo(original.model.covariance[i]!, 9)
    // Both continue identically from here (same seed, same draws).
    const a = new Ranker(CATALOG, { seed: 42 })
    const b = new Ranker(CATALOG, { seed: 42 })
    importRankerState(a, saved)
    importRankerState(b, JSON.parse(JSON.stringify(exportRankerState(restored))))
    a.setPersonalised(true)
    b.setPersonalised(true)
    expect(b.store.getState().slate).toEqual(a.store.getState().slate)
  })

  it('holds only the documented keys: no mood reading, no session events', () => {
    const ranker = used()
    const state = exportRankerState(ranker)
    expect(Object.keys(state).sort()).toEqual(['featureSpace', 'format', 'mean', 'observations', 'personalised', 'precisionCholesky', 'preferences', 'version'])
    const json = JSON.stringify(state)
    expect(json).not.toMatch(/arousal|valence|attention|mood|round-0|cat-3/)
    // A mood sample alone changes nothing that is saved.
    ranker.setMood(mood(0.1, -0.9))
    expect(JSON.stringify(exportRankerState(ranker))).toBe(json)
  })

  it('wipe leaves nothing of the old state: the export equals a brand-new ranker\'s', () => {
    const ranker = used(1, 12)
    ranker.setPersonalised(true)
    const fresh = wipeRankerState(ranker)
    expect(fresh).toEqual(exportRankerState(new Ranker(CATALOG, { slateSize: 12 })))
    expect(fresh.observations).toBe(0)
    expect(fresh.preferences).toEqual({ styles: [], budget: null })
    expect(JSON.stringify(fresh)).not.toMatch(/gold-rim|140/)
    const view = ranker.store.getState()
    expect(view.preferences.styles).toEqual([])
    // The session is gone too: tried and skipped products are back in the (full-catalog) slate.
    expect(view.slate.map((e) => e.id).sort()).toEqual(CATALOG.map((p) => p.id).sort())
  })

  it('wipe does not switch personalisation back on: that is the shopper\'s consent, not data', () => {
    const ranker = used(1, 12) // personalisation switched off
    const fresh = wipeRankerState(ranker)
    expect(fresh.personalised).toBe(false)
    expect(ranker.store.getState().personalised).toBe(false)
    expect(new Set(ranker.store.getState().slate.map((e) => e.reasonKind))).toEqual(new Set(['featured']))
  })

  it('rejects a bad state with every problem and its path, and leaves the ranker untouched', () => {
    const ranker = used()
    const before = exportRankerState(ranker)
    const bad = JSON.parse(JSON.stringify(before))
    bad.version = 2
    bad.mean[3] = 'x'
    bad.precisionCholesky[0] = -1
    bad.preferences.budget.currency = 'euro'
    bad.moodSamples = [0.4]
    let error: RankerStateError | undefined
    try {
      importRankerState(ranker, bad)
    } catch (e) {
      error = e as RankerStateError
    }
    expect(error).toBeInstanceOf(RankerStateError)
    expect(error!.issues.map((i) => i.path)).toEqual(['moodSamples', 'version', 'mean[3]', 'precisionCholesky[0]', 'preferences.budget.currency'])
    expect(error!.message).toMatch(/version 2 is newer than this kit reads \(1\)/)
    expect(error!.message).toMatch(/mean\[3\]: expected a finite number, found "x"/)
    expect(exportRankerState(ranker)).toEqual(before)
  })

  it('refuses a state saved for another feature space or of the wrong size', () => {
    const saved = exportRankerState(new Ranker(CATALOG, { dimension: 16 }))
    expect(() => importRankerState(new Ranker(CATALOG), saved)).toThrow(/featureSpace: saved for "vitrine-ranker\/d16.*this ranker is "vitrine-ranker\/d32/)
    expect(() => importRankerState(new Ranker(CATALOG), 'nope')).toThrow(/\(root\): expected an object, found the string "nope"/)
    const short = { ...exportRankerState(new Ranker(CATALOG)), mean: [1, 2] }
    expect(() => importRankerState(new Ranker(CATALOG), short)).toThrow(/mean: expected 196 numbers, found 2/)
  })
})
