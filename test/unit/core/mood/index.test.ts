import { describe, expect, it } from 'vitest'
import * as core from '../../../../src/core/index'

describe('core/mood public API', () => {
  it('is exported from src/core', () => {
    expect(typeof core.MoodSampler).toBe('function')
    expect(typeof core.createMoodStore).toBe('function')
    expect(typeof core.fuseMood).toBe('function')
    expect(typeof core.explainMood).toBe('function')
    expect(core.MOOD_SAMPLE_HZ).toBe(4)
    expect(core.NEUTRAL_MOOD.valence).toEqual({ value: 0, confidence: 0 })
    expect(core.MOOD_SIGNALS).toEqual(['heartRate', 'hrv', 'expression', 'gaze', 'behaviour'])
  })
})
