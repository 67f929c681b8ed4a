import { describe, expect, it } from 'vitest'
import type { AssetReport } from '../../../../src/core/catalog/asset/types'
import { describeReport } from '../../../../src/studio/report/describeReport'
import { khronosAsset } from '../fixtures'

describe('describeReport', () => {
  it('says an accepted upload was stored, how much smaller it got and what checked it', () => {
    const s = describeReport(khronosAsset().report)
    expect(s.verdict).toBe('Accepted and stored: no errors, no warnings.')
    expect(s.sizes).toBe('371.2 KB uploaded, 230.0 KB stored and sent to shoppers (38 % smaller).')
    expect(s.optimisation).toBe('Optimised in 1.9 s: dedup, prune, weld, quantize, textures → WebP ≤ 1024 px.')
    expect(s.khronos).toBe('Khronos glTF validator 2.0.0-dev.3.10: no errors, no warnings (0 infos, 0 hints not shown).')
    expect(s.fit).toBe('Width on the face at scale 1: 150.5 mm; glasses should be 120–150 mm wide: fits.')
  })

  it('says a refused upload stored nothing and counts what is wrong', () => {
    const refused: AssetReport = {
      ...khronosAsset().report, ok: false, sizes: { original: 7, optimised: 0 }, stats: {}, khronos: null,
      optimisation: { applied: false, steps: [], ms: 0 }, fit: { category: 'glasses', widthMm: null, expectedWidthMm: null, ok: false },
      issues: [{ code: 'GLB_TRUNCATED', severity: 'error', message: 'the file is 7 bytes, shorter than the 12-byte GLB header', source: 'vitrine' }],
    }
    const s = describeReport(refused)
    expect(s.verdict).toBe('Refused: 1 error. Nothing was stored.')
    expect(s.sizes).toBe('7 bytes uploaded; nothing stored.')
    expect(s.optimisation).toBe('Not optimised: the file was refused before that step.')
    expect(s.khronos).toMatch(/did not run/)
  })

  it('counts warnings and explains a kept original', () => {
    const report: AssetReport = {
      ...khronosAsset().report,
      optimisation: { applied: false, steps: ['dedup'], ms: 10, note: 'optimisation did not make the file smaller (400000 bytes); the original is kept' },
      sizes: { original: 371_188, optimised: 371_188 },
      issues: [{ code: 'FIT_WIDTH', severity: 'warning', message: 'the model is 1.5 mm wide', source: 'vitrine' }],
      fit: { category: 'glasses', widthMm: 1.5, expectedWidthMm: [120, 150], ok: false },
    }
    const s = describeReport(report)
    expect(s.verdict).toBe('Accepted and stored, with 1 warning to read below.')
    expect(s.sizes).toBe('371.2 KB uploaded, 371.2 KB stored and sent to shoppers.')
    expect(s.optimisation).toMatch(/^Not optimised: optimisation did not make the file smaller/)
    expect(s.fit).toBe('Width on the face at scale 1: 1.5 mm; glasses should be 120–150 mm wide: see the warning.')
  })
})
