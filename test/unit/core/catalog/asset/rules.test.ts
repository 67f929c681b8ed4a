import { describe, expect, it } from 'vitest'
import { ASSET_BUDGETS, checkBudgets, checkFit, checkGlb, imageSize, matchColoursToVariants, readVariants } from '../../../../../src/core/catalog/asset'
import { boxGlasses, splitGlb } from '../../../server/helpers/glb'

const placement = { id: 'p', category: 'glasses' as const, units: 'm' as const, scale: 1, rotationDeg: [0, 0, 0] as [number, number, number], pivotOffset: [0, 0, 0] as [number, number, number], sizeVariants: [{ id: 'M', label: 'Medium', scale: 1 }] }
const bounds = checkGlb(boxGlasses({ width: 0.14 })).stats!.bounds!

describe('checkFit', () => {
  it('finds a 140 mm box a fine pair of glasses', () => {
    expect(checkFit(bounds, placement)).toEqual({ fit: { category: 'glasses', widthMm: expect.closeTo(140, 6), expectedWidthMm: [120, 150], ok: true }, issues: [] })
  })

  it('warns when the units are wrong and says which units would fit', () => {
    const { fit, issues } = checkFit(bounds, { ...placement, units: 'mm' })
    expect(fit.ok).toBe(false)
    expect(issues[0]).toMatchObject({ code: 'FIT_WIDTH', severity: 'warning' })
    expect(issues[0]!.message).toMatch(/0\.14 mm wide with units "mm".*glasses should be 120-150 mm wide; with units "m" it would be 140 mm/)
  })

  it('suggests a scale when no unit fits, and warns about a pivot off the model or off centre', () => {
    const wide = checkFit(checkGlb(boxGlasses({ width: 0.3 })).stats!.bounds, placement)
    expect(wide.issues[0]!.message).toMatch(/300 mm wide.*a scale of about 0\.450 would make it 135 mm/)
    const off = checkFit(bounds, { ...placement, pivotOffset: [0.05, 0, 0] }).issues.map((i) => i.code)
    expect(off).toEqual(['FIT_PIVOT_OFF_CENTRE'])
    expect(checkFit(bounds, { ...placement, pivotOffset: [0, 1, 0] }).issues.map((i) => i.code)).toContain('FIT_PIVOT_OUTSIDE')
  })

  it('warns when glasses face backwards or stand on their side', () => {
    expect(checkFit(bounds, { ...placement, rotationDeg: [0, 180, 0] }).issues.map((i) => i.code)).toEqual(['FIT_FACING'])
    expect(checkFit(bounds, { ...placement, rotationDeg: [0, 0, 90] }).issues.map((i) => i.code)).toContain('FIT_ORIENTATION')
  })
})

describe('checkBudgets', () => {
  it('holds each figure to the category budget with the numbers in the message', () => {
    const stats = checkGlb(boxGlasses({ gridCells: 150 })).stats!
    expect(stats.triangles).toBe(45_012)
    expect(checkBudgets(stats, 'glasses')).toEqual([expect.objectContaining({ code: 'BUDGET_TRIANGLES', message: '45,012 triangles, more than the 40,000 allowed: simplify the mesh (glasses budget)' })])
    expect(checkBudgets(stats, 'hat')).toEqual([])
    const big = { ...stats, bytes: 3_000_000, images: [{ index: 0, mimeType: 'image/png', width: 2048, height: 512 }] }
    expect(checkBudgets(big, 'glasses').map((i) => i.message)).toEqual([
      '45,012 triangles, more than the 40,000 allowed: simplify the mesh (glasses budget)',
      'images[0] is 2048×512 px, larger than 1024 px on a side (glasses budget)',
      'the file is 3.0 MB, more than the 2.0 MB allowed (glasses budget)',
    ])
    expect(ASSET_BUDGETS.hat.maxTriangles).toBeGreaterThan(ASSET_BUDGETS.glasses.maxTriangles)
  })
})

describe('colour variants', () => {
  const glb = boxGlasses({ variants: [{ name: 'Gold', rgb: [0.58, 0.37, 0.1] }, { name: 'Black', rgb: [0.01, 0.01, 0.01] }] })

  // sRGB of linear 0.37 is 1.055 · 0.37^(1/2.4) − 0.055 = 0.642 → 0xa4; of 0.01, 0.0999 → 0x19.
  it('lists KHR_materials_variants with the sRGB swatch of each', () => {
    expect(readVariants(splitGlb(glb).json)).toEqual([{ name: 'Gold', hex: '#c8a459' }, { name: 'Black', hex: '#191919' }])
  })

  it('maps manifest colours to variants by name and warns about a colour without one', () => {
    const variants = readVariants(splitGlb(glb).json)
    const { matches, issues } = matchColoursToVariants([{ name: 'gold ', hex: '#c8a459' }, { name: 'Silver', hex: '#cccccc' }], variants)
    expect(matches).toEqual([{ colour: 'gold ', variant: 'Gold' }, { colour: 'Silver', variant: null }])
    expect(issues).toEqual([expect.objectContaining({ code: 'VARIANT_UNMATCHED', message: expect.stringContaining('colours[1] "Silver" matches none of the model\'s colour variants ("Gold", "Black")') })])
  })
})

describe('imageSize', () => {
  it('reads PNG, JPEG and WebP (lossy, lossless, extended) headers', async () => {
    const sharp = (await import('sharp')).default
    const raw = { create: { width: 300, height: 70, channels: 3 as const, background: '#808080' } }
    expect(imageSize(new Uint8Array(await sharp(raw).png().toBuffer()))).toEqual({ width: 300, height: 70 })
    expect(imageSize(new Uint8Array(await sharp(raw).jpeg().toBuffer()))).toEqual({ width: 300, height: 70 })
    expect(imageSize(new Uint8Array(await sharp(raw).webp().toBuffer()))).toEqual({ width: 300, height: 70 })
    expect(imageSize(new Uint8Array(await sharp(raw).webp({ lossless: true }).toBuffer()))).toEqual({ width: 300, height: 70 })
    const alpha = { create: { width: 33, height: 17, channels: 4 as const, background: { r: 1, g: 2, b: 3, alpha: 0.5 } } }
    expect(imageSize(new Uint8Array(await sharp(alpha).webp().toBuffer()))).toEqual({ width: 33, height: 17 })
    expect(imageSize(new Uint8Array([1, 2, 3]))).toBeUndefined()
  })
})
