import { describe, expect, it } from 'vitest'
import { buildPolicies } from '../../../bench/ranker/buildPolicies'
import { InformedReference } from '../../../bench/ranker/informedReference'
import { INFORMED_REFERENCE, runRepetition } from '../../../bench/ranker/runRepetition'
import { drawShopper, type Shopper } from '../../../bench/ranker/shopper'
import { summarise } from '../../../bench/ranker/summarise'
import { createWorld } from '../../../bench/ranker/world'
import { BASE_LOGIT, FAVOURITE_TAG_LOGIT, MOOD_BOLDNESS_LOGIT, OVER_BUDGET_LOGIT, VALENCE_PRICE_LOGIT } from '../../../bench/ranker/worldParameters'

describe('informed reference', () => {
  const world = createWorld(5, 120)
  const items = world.items

  it('with everything stated and exact readings, shows the best items by true attraction less idiosyncrasy', () => {
    const drawn = drawShopper(11, items, 3, -1)
    const shopper: Shopper = {
      ...drawn,
      statedStyles: drawn.favouriteTags,
      statedBudgetEur: drawn.budgetEur,
      observed: Array.from(drawn.arousal, (a, t) => ({ arousal: { value: a, confidence: 1 }, valence: { value: drawn.valence[t]!, confidence: 1 }, attention: { value: 0.5, confidence: 0 }, atSec: t })),
    }
    const reference = new InformedReference(items)
    reference.startSession(shopper)
    const out = new Int32Array(5)
    expect(reference.slate(0, new Uint8Array(items.length), out)).toBe(5)
    const logit = (i: number) => {
      const item = items[i]!
      let l = BASE_LOGIT + item.quality + MOOD_BOLDNESS_LOGIT * (2 * shopper.arousal[0]! - 1) * (2 * item.boldness - 1) + VALENCE_PRICE_LOGIT * shopper.valence[0]! * item.priceZ
      for (const tag of shopper.favouriteTags) if (item.product.tags.includes(tag)) l += FAVOURITE_TAG_LOGIT
      if (item.product.price.amount > shopper.budgetEur) l -= OVER_BUDGET_LOGIT * (item.product.price.amount / shopper.budgetEur - 1)
      return l
    }
    const best = items.map((_, i) => i).sort((a, b) => logit(b) - logit(a)).slice(0, 5)
    expect(Array.from(out)).toEqual(best)
  })

  it('told the truth (the ceilings\' variant), ranks like the first test without anything stated', () => {
    const drawn = drawShopper(11, items, 3, -1)
    const shopper: Shopper = { ...drawn, statedStyles: [], statedBudgetEur: null }
    const stated: Shopper = {
      ...drawn,
      statedStyles: drawn.favouriteTags,
      statedBudgetEur: drawn.budgetEur,
      observed: Array.from(drawn.arousal, (a, t) => ({ arousal: { value: a, confidence: 1 }, valence: { value: drawn.valence[t]!, confidence: 1 }, attention: { value: 0.5, confidence: 0 }, atSec: t })),
    }
    const slateOf = (reference: InformedReference, who: Shopper) => {
      reference.startSession(who)
      const out = new Int32Array(5)
      reference.slate(0, new Uint8Array(items.length), out)
      return Array.from(out)
    }
    const told = slateOf(new InformedReference(items, { mood: 'true', tastes: 'true' }), shopper)
    expect(told).toEqual(slateOf(new InformedReference(items), stated))
    expect(told).not.toEqual(slateOf(new InformedReference(items), shopper))
  })

  it('infers an unstated favourite from what the shopper tries on and skips', () => {
    const drawn = drawShopper(12, items, 6, -1)
    const shopper: Shopper = { ...drawn, statedStyles: [], statedBudgetEur: null }
    const reference = new InformedReference(items)
    reference.startSession(shopper)
    const acted = new Uint8Array(items.length)
    const out = new Int32Array(5)
    const withTag = (slate: Int32Array) => Array.from(slate).filter((i) => items[i]!.product.tags.includes('round')).length
    reference.slate(0, acted, out)
    const before = withTag(out)
    // Every slate: the shopper skips what is not round and tries the first round frame on.
    for (let t = 1; t < 5; t++) {
      for (const i of out) {
        acted[i] = 1
        if (items[i]!.product.tags.includes('round')) {
          reference.record('tryOn', i)
          break
        }
        reference.record('skip', i)
      }
      reference.slate(t, acted, out)
    }
    expect(before).toBeLessThan(3)
    expect(withTag(out)).toBeGreaterThanOrEqual(3)
  })

  it('runs in the evaluation sessions only, after the oracle, between the kit and the oracle', () => {
    const shape = { sessions: 40, evalSessions: 30, interactions: 4, shiftSessions: 3, shiftInteractions: 8, shiftAt: 3, slateSize: 5, informedReference: true }
    const runs = runRepetition(world, buildPolicies(world, 2), shape, 2)
    expect(runs[runs.length - 1]!.name).toBe(INFORMED_REFERENCE)
    expect(runs[runs.length - 2]!.name).toBe('oracle')
    const [kit, oracle, informed] = runs.slice(-3)
    expect(informed!.ctrEval).toBeLessThan(oracle!.ctrEval)
    expect(informed!.ctrEval).toBeGreaterThan(kit!.ctrEval)
    // Nothing shown outside the evaluation sessions.
    expect(Array.from(informed!.impressions)).toEqual(Array.from(informed!.impressionsEval))
    const again = runRepetition(world, buildPolicies(world, 3), shape, 3)
    const sim = summarise([runs, again], shape)
    expect(sim.informed).not.toBeNull()
    expect(sim.informed!.oracleFraction.estimate).toBeCloseTo((informed!.ctrEval / oracle!.ctrEval + again.at(-1)!.ctrEval / again.at(-2)!.ctrEval) / 2, 12)
    expect(summarise([runs.slice(0, -1), again.slice(0, -1)], shape).informed).toBeNull()
  })
})
