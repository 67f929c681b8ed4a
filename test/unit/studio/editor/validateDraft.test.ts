import { describe, expect, it } from 'vitest'
import { draftFromAsset } from '../../../../src/studio/editor/draftFromAsset'
import type { ProductDraft } from '../../../../src/studio/editor/ProductDraft'
import { issuesAt, validateDraft } from '../../../../src/studio/editor/validateDraft'
import { khronosAsset } from '../fixtures'

const asset = khronosAsset()
const fixed: ProductDraft = { ...draftFromAsset(asset), name: 'Horizon', priceAmount: '189.90', pivotOffset: [0, 0.0387, -0.0046] }
const codes = (draft: ProductDraft, report = asset.report) => validateDraft(draft, report).warnings.map((w) => w.code)

describe('validateDraft', () => {
  it('finds nothing wrong with a complete draft at the corrected pivot', () => {
    const check = validateDraft(fixed, asset.report)
    expect(check.errors).toEqual([])
    expect(check.warnings).toEqual([])
    expect(check.fit?.widthMm).toBeCloseTo(150.5, 0)
  })

  it("names each field's problem by path, in the shared catalog rules' words", () => {
    const { errors } = validateDraft({ ...fixed, name: '', priceAmount: 'abc', currency: 'EURO', colours: [{ name: 'Gold', hex: 'gold' }] }, asset.report)
    expect(errors.map((e) => e.path).sort()).toEqual(['colours[0].hex', 'name', 'price.amount', 'price.currency'])
    expect(issuesAt(errors, 'price.currency')[0]!.message).toBe('expected a 3-letter ISO 4217 code like "EUR", got "EURO"')
    expect(issuesAt(errors, 'colours')[0]!.message).toBe('expected a colour like "#1a2b3c", got "gold"')
  })

  it('keeps judging the fit while the details are still invalid', () => {
    const check = validateDraft({ ...fixed, priceAmount: '' }, asset.report)
    expect(check.errors).not.toEqual([])
    expect(check.fit?.widthMm).toBeCloseTo(150.5, 0)
  })

  it('warns about a pivot outside the model and a model in the wrong units', () => {
    expect(codes({ ...fixed, pivotOffset: [0, 0.2, 0] })).toContain('FIT_PIVOT_OUTSIDE')
    expect(codes({ ...fixed, pivotOffset: [0.03, 0.0387, -0.0046] })).toContain('FIT_PIVOT_OFF_CENTRE')
    const width = validateDraft({ ...fixed, units: 'cm', pivotOffset: [0, 3.87, -0.46] }, asset.report).warnings.find((w) => w.code === 'FIT_WIDTH')
    expect(width?.message).toMatch(/^the model is 1\.5 mm wide with units "cm" and scale 1; glasses should be 120-150 mm wide/)
  })

  it('warns about a colour that selects none of the model\'s variants', () => {
    const withVariants = khronosAsset([{ name: 'Black', hex: '#111111' }])
    expect(codes({ ...fixed, colours: [{ name: 'Noir', hex: '#111111' }] }, withVariants.report)).toEqual(['VARIANT_UNMATCHED'])
    expect(codes({ ...fixed, colours: [{ name: 'black ', hex: '#111111' }] }, withVariants.report)).toEqual([])
  })

  it('has no fit to show without the model report', () => {
    expect(validateDraft(fixed, undefined).fit).toBeNull()
  })
})
