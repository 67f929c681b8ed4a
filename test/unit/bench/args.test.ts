import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../../bench/tryon/args'

describe('parseArgs', () => {
  it('gives the defaults with no options', () => {
    expect(parseArgs([])).toMatchObject({ json: false, video: undefined, moving: undefined, record: undefined, renderer: undefined, collectSec: 8, rawFrames: 60 })
  })

  it('reads values and flags', () => {
    const a = parseArgs(['--json', '--video', 'face.png', '--record', '.tmp/r.json', '--renderer', 'webgl2', '--seconds', '5'])
    expect(a).toMatchObject({ json: true, video: 'face.png', record: '.tmp/r.json', renderer: 'webgl2', collectSec: 5 })
  })

  it('refuses unknown options, missing values and bad renderers', () => {
    expect(() => parseArgs(['--jsn'])).toThrow(/unknown option --jsn/)
    expect(() => parseArgs(['--video'])).toThrow(/--video needs a value/)
    expect(() => parseArgs(['--renderer', 'vulkan'])).toThrow(/webgpu or webgl2/)
  })
})
