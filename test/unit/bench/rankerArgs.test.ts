import { describe, expect, it } from 'vitest'
import { DEFAULT_REPETITIONS, DEFAULT_SESSIONS, parseArgs } from '../../../bench/ranker/args'

describe('ranker bench arguments', () => {
  it('defaults to the full run (at least 20 repetitions of 2,000 sessions)', () => {
    const args = parseArgs([])
    expect(args).toMatchObject({ json: false, quick: false, repetitions: DEFAULT_REPETITIONS, sessions: DEFAULT_SESSIONS, seed: 1 })
    expect(DEFAULT_REPETITIONS).toBeGreaterThanOrEqual(20)
    expect(DEFAULT_SESSIONS).toBe(2000)
  })

  it('reads --json, --quick and numbers, and refuses unknown or bad options', () => {
    expect(parseArgs(['--json', '--quick'])).toMatchObject({ json: true, quick: true })
    expect(parseArgs(['--reps', '30', '--workers', '1']).repetitions).toBe(30)
    expect(() => parseArgs(['--reps', '1'])).toThrow(/--reps takes an integer >= 2, not 1/)
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option --fast/)
  })
})
