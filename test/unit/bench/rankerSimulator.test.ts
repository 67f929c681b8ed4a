import { describe, expect, it } from 'vitest'
import { buildPolicies, POLICY_NAMES } from '../../../bench/ranker/buildPolicies'
import { runRepetition } from '../../../bench/ranker/runRepetition'
import { attraction, drawShopper } from '../../../bench/ranker/shopper'
import { createWorld } from '../../../bench/ranker/world'

describe('ranker simulator', () => {
  const world = createWorld(3, 60)

  it('builds the same world and shopper from the same seed', () => {
    expect(createWorld(3, 60).popularity).toEqual(world.popularity)
    const a = drawShopper(9, world.items, 10, 4)
    const b = drawShopper(9, world.items, 10, 4)
    expect(b.observed).toEqual(a.observed)
    expect(Array.from(b.arousal)).toEqual(Array.from(a.arousal))
  })

  it('makes calm shoppers prefer classic items and excited ones bold items', () => {
    const shopper = drawShopper(1, world.items, 10, 5)
    const attr = new Float64Array(world.items.length)
    const boldShare = (t: number) => {
      attraction(shopper, world.items, t, attr)
      const order = [...attr.keys()].sort((x, y) => attr[y]! - attr[x]!).slice(0, 10)
      return order.reduce((s, i) => s + world.items[i]!.boldness, 0) / 10
    }
    // The shift flips arousal: the top items' boldness flips with it.
    const before = boldShare(4)
    const after = boldShare(5)
    expect(Math.abs(after - before)).toBeGreaterThan(0.25)
    expect(Math.sign(after - before)).toBe(shopper.arousal[5]! > shopper.arousal[4]! ? 1 : -1)
  })

  it('runs every policy and the oracle over the same shoppers, the oracle best', () => {
    const shape = { sessions: 30, evalSessions: 10, interactions: 4, shiftSessions: 4, shiftInteractions: 8, shiftAt: 3, slateSize: 5 }
    const runs = runRepetition(world, buildPolicies(world, 1), shape, 1)
    expect(runs.map((r) => r.name)).toEqual([...POLICY_NAMES, 'oracle'])
    const oracle = runs[runs.length - 1]!
    for (const r of runs.slice(0, -1)) expect(r.ctr).toBeLessThan(oracle.ctr)
    const again = runRepetition(world, buildPolicies(world, 1), shape, 1)
    expect(again.map((r) => r.ctr)).toEqual(runs.map((r) => r.ctr))
  })
})
