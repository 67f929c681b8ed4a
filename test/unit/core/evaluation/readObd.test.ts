import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DataFormatError } from '../../../../src/core/evaluation/DataFormatError'
import { readObdItems } from '../../../../src/core/evaluation/readObdItems'
import { readObdLog } from '../../../../src/core/evaluation/readObdLog'

const ITEMS = ',item_id,item_feature_0,item_feature_1\n0,0,0.5,aa\n1,1,-0.5,bb\n2,2,1.5,aa\n'
const HEADER = ',timestamp,item_id,position,click,propensity_score,user_feature_0,user-item_affinity_0,user-item_affinity_1,user-item_affinity_2'
const row = (i: number, ts: string, item: string, pos: string, click: string, p: string, aff = '0.0') => `${i},${ts},${item},${pos},${click},${p},u${i % 2},${aff},0.0,0.0`
const LOG = [HEADER, row(0, '2019-11-24 00:00:02.5+00:00', '1', '2', '0', '0.3333'), row(1, '2019-11-24 00:00:01+00:00', '0', '1', '1', '0.3333', '2.0')].join('\n') + '\n'

function fault(run: () => unknown): DataFormatError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(DataFormatError)
    return error as DataFormatError
  }
  throw new Error('expected a DataFormatError')
}

describe('readObdItems', () => {
  it('reads numeric features (standardised) and categorical ones as tokens', () => {
    const items = readObdItems(ITEMS, 'items.csv')
    expect(items.count).toBe(3)
    expect(items.numericNames).toEqual(['item_feature_0'])
    expect(items.numeric[0]).toBeCloseTo(0, 12)
    expect(items.numeric[2]).toBeCloseTo(1.224745, 6)
    expect(items.categorical[1]).toEqual(['item_feature_1=bb'])
  })

  it('rejects an id out of range or repeated at its line and column', () => {
    expect(fault(() => readObdItems(ITEMS.replace('2,2,1.5', '2,7,1.5'), 'items.csv')).message).toMatch(/items\.csv:4:3 \(item_id\): item_id must be an integer in 0\.\.2/)
    expect(fault(() => readObdItems(ITEMS.replace('2,2,1.5', '2,1,1.5'), 'items.csv')).message).toMatch(/items\.csv:4:3 \(item_id\): item_id 1 already on line 3/)
  })
})

describe('readObdLog', () => {
  it('reads rows in time order with clicks, positions, propensities, user tokens and affinities', () => {
    const log = readObdLog(LOG, 'log.csv', 3)
    expect(log.rows).toBe(2)
    expect(Array.from(log.item)).toEqual([0, 1])
    expect(Array.from(log.click)).toEqual([1, 0])
    expect(log.positions).toBe(2)
    expect(log.userTokens[0]).toEqual(['user_feature_0=u1'])
    expect(log.affinity[0]).toBe(2)
    expect(log.time[1]! - log.time[0]!).toBe(1500)
  })

  // Columns count characters: `1,` then a 25-character timestamp, so item_id starts at 29.
  it.each([
    ['click', row(1, '2019-11-24 00:00:01+00:00', '0', '1', '2', '0.3'), 3, 33, /\(click\): click must be 0 or 1, found "2"/],
    ['item', row(1, '2019-11-24 00:00:01+00:00', '3', '1', '0', '0.3'), 3, 29, /\(item_id\): item_id must be an integer in 0\.\.2/],
    ['propensity', row(1, '2019-11-24 00:00:01+00:00', '0', '1', '0', '0'), 3, 35, /\(propensity_score\): .*\(0, 1\], found "0"/],
    ['position', row(1, '2019-11-24 00:00:01+00:00', '0', 'x', '0', '0.3'), 3, 31, /\(position\): position must be an integer in 1\.\.1000, found "x"/],
    ['timestamp', row(1, 'yesterday', '0', '1', '0', '0.3'), 3, 3, /\(timestamp\): timestamp must look like/],
    ['affinity', row(1, '2019-11-24 00:00:01+00:00', '0', '1', '0', '0.3', 'nan?'), 3, 42, /\(user-item_affinity_0\): affinity must be a finite number/],
  ])('rejects a bad %s value at its line and column', (_what, bad, line, column, message) => {
    const text = [HEADER, row(0, '2019-11-24 00:00:02+00:00', '1', '2', '0', '0.3'), bad].join('\n')
    const error = fault(() => readObdLog(text, 'log.csv', 3))
    expect([error.line, error.column]).toEqual([line, column])
    expect(error.message).toMatch(message)
  })

  it('rejects a log whose affinity columns do not match the items, or lacks a column', () => {
    expect(fault(() => readObdLog(LOG, 'log.csv', 4)).message).toMatch(/3 affinity columns but the items file has 4 items/)
    expect(fault(() => readObdLog(LOG.replace('propensity_score', 'p'), 'log.csv', 3)).message).toMatch(/log\.csv:1:1: missing column propensity_score/)
  })

  it('reads the shared Open Bandit Dataset sample', () => {
    const dir = '/work/shared/fixtures/obd'
    const items = readObdItems(readFileSync(`${dir}/random_women_items.csv`, 'utf8'), 'random_women_items.csv')
    const log = readObdLog(readFileSync(`${dir}/random_women.csv`, 'utf8'), 'random_women.csv', items.count)
    expect(items.count).toBe(46)
    expect(log.rows).toBe(10_000)
    expect(log.positions).toBe(3)
    expect(log.click.reduce((a, b) => a + b, 0)).toBe(46)
  })
})
