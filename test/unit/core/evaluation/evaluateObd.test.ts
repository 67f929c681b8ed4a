import { describe, expect, it } from 'vitest'
import { evaluateObd, permuteClicks } from '../../../../src/core/evaluation/evaluateObd'
import { readObdItems } from '../../../../src/core/evaluation/readObdItems'
import { readObdLog } from '../../../../src/core/evaluation/readObdLog'
import { runKitPolicy } from '../../../../src/core/evaluation/runKitPolicy'
import { mulberry32 } from '../../../../src/core/random/mulberry32'

const ITEMS = ',item_id,item_feature_0,item_feature_1\n0,0,0.1,a\n1,1,0.2,b\n2,2,0.3,c\n3,3,0.4,a\n'
/** Click probability of each item: item 2 is clearly the best. */
const CTR = [0.05, 0.05, 0.4, 0.05]

/** A uniform-random logging policy over 4 items at `positions` positions (cycled), clicks drawn from CTR. */
function syntheticLog(rows: number, seed: number, positions = 2): string {
  const random = mulberry32(seed)
  const lines = [',timestamp,item_id,position,click,propensity_score,user_feature_0']
  for (let t = 0; t < rows; t++) {
    const item = Math.floor(random() * 4)
    const seconds = String(t % 60).padStart(2, '0')
    const minutes = String(Math.floor(t / 60) % 60).padStart(2, '0')
    const hours = String(Math.floor(t / 3600)).padStart(2, '0')
    lines.push(`${t},2020-01-01 ${hours}:${minutes}:${seconds}+00:00,${item},${1 + (t % positions)},${random() < CTR[item]! ? 1 : 0},0.25,u${t % 3}`)
  }
  return lines.join('\n') + '\n'
}

describe('evaluateObd', () => {
  it('finds that the kit beats a uniform logging policy when one item is clearly better', () => {
    // One position, so the policy's value is that of its top pick.
    const result = evaluateObd(syntheticLog(3000, 1, 1), ITEMS, { log: 'log.csv', items: 'items.csv' }, { draws: 16, replicates: 200 })
    expect(result.n).toBe(3000)
    expect(result.meanWeight).toBeGreaterThan(0.9)
    expect(result.meanWeight).toBeLessThan(1.1)
    // Logging CTR ≈ mean of CTR = 0.1375; the learned policy mostly shows item 2 (0.4).
    expect(result.loggingCtr).toBeGreaterThan(0.1)
    expect(result.loggingCtr).toBeLessThan(0.18)
    for (const e of [result.ips, result.snips, result.dr]) {
      expect(e.estimate).toBeGreaterThan(0.3)
      expect(e.ciLow).toBeLessThan(e.estimate)
      expect(e.ciHigh).toBeGreaterThan(e.estimate)
    }
  })

  it('decides each row before seeing its reward (progressive validation: no peeking)', () => {
    const items = readObdItems(ITEMS, 'items.csv')
    const text = syntheticLog(400, 2)
    const log = readObdLog(text, 'log.csv', items.count)
    const t = 250
    const flipped = readObdLog(text, 'log.csv', items.count)
    flipped.click[t] = 1 - flipped.click[t]!
    const a = runKitPolicy(items, log, { draws: 8, seed: 5 })
    const b = runKitPolicy(items, flipped, { draws: 8, seed: 5 })
    for (let k = 0; k <= t; k++) {
      expect(b.weight[k]).toBe(a.weight[k])
      expect(b.qPolicy[k]).toBe(a.qPolicy[k])
    }
    // Later rows do learn from it.
    let differs = false
    for (let k = t + 1; k < 400; k++) differs ||= b.qPolicy[k] !== a.qPolicy[k]
    expect(differs).toBe(true)
  })

  it('skips warm-up rows from the evaluation and refuses a warm-up as long as the log', () => {
    const items = readObdItems(ITEMS, 'items.csv')
    const log = readObdLog(syntheticLog(100, 3), 'log.csv', items.count)
    expect(runKitPolicy(items, log, { warmupRows: 40, draws: 4 }).n).toBe(60)
    expect(() => runKitPolicy(items, log, { warmupRows: 100 })).toThrow(/warmupRows must be an integer in 0\.\.99/)
  })

  it('is a slate policy: an item\'s probabilities over the positions of one row add up to at most 1', () => {
    // Each item is clicked at one position only, so position-specific rankings would each put a
    // different item first; one order for the whole slate cannot put an item in two places.
    const random = mulberry32(7)
    const lines = [',timestamp,item_id,position,click,propensity_score,user_feature_0']
    const clickAt = [1, 2, 3, 0]
    const stamp = (t: number) => `2020-01-01 ${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}+00:00`
    for (let t = 0; t < 900; t++) {
      const item = Math.floor(random() * 4)
      const position = 1 + (t % 3)
      lines.push(`${t},${stamp(t)},${item},${position},${clickAt[item] === position && random() < 0.6 ? 1 : 0},0.25,u0`)
    }
    const items = readObdItems(ITEMS, 'items.csv')
    for (const item of [0, 1, 2]) {
      let total = 0
      for (const position of [1, 2, 3]) {
        const text = [...lines, `900,${stamp(900)},${item},${position},0,0.25,u0`].join('\n') + '\n'
        const rows = runKitPolicy(items, readObdLog(text, 'log.csv', items.count), { draws: 200, seed: 3, warmupRows: 899 })
        total += rows.weight[rows.n - 1]! * 0.25
      }
      expect(total).toBeLessThanOrEqual(1 + 1e-9)
    }
  })

  it('null run: permuted clicks keep the click rate and take away the kit\'s edge', () => {
    const click = Uint8Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? 1 : 0))
    const shuffled = click.slice()
    permuteClicks(shuffled, 4)
    expect(shuffled.reduce((a, b) => a + b, 0)).toBe(10)
    expect(Array.from(shuffled)).not.toEqual(Array.from(click))
    const text = syntheticLog(3000, 1, 1)
    const real = evaluateObd(text, ITEMS, { log: 'log.csv', items: 'items.csv' }, { draws: 16, replicates: 50 })
    const nulled = evaluateObd(text, ITEMS, { log: 'log.csv', items: 'items.csv' }, { draws: 16, replicates: 50, permuteClicks: 1 })
    expect(nulled.loggingCtr).toBe(real.loggingCtr)
    // With the signal (item 2 at 0.4) gone, no policy can beat the logging rate by much.
    expect(real.snips.estimate).toBeGreaterThan(0.3)
    expect(nulled.snips.estimate).toBeLessThan(real.loggingCtr + 0.05)
  }, 30_000)
})
