import type { ProductManifest } from '../../core/catalog/types'
import { lensShape, type LensShape } from './lensShape'

/** Left lens outlines around (0, 0), in a 240 × 100 view; the right lens is the mirror image. */
const LENS_PATHS: Record<LensShape, string> = {
  round: 'M -34 0 A 34 34 0 1 0 34 0 A 34 34 0 1 0 -34 0 Z',
  rectangle: 'M -30 -26 H 30 Q 40 -26 40 -16 V 16 Q 40 26 30 26 H -30 Q -40 26 -40 16 V -16 Q -40 -26 -30 -26 Z',
  square: 'M -26 -32 H 26 Q 38 -32 38 -20 V 20 Q 38 32 26 32 H -26 Q -38 32 -38 20 V -20 Q -38 -32 -26 -32 Z',
  aviator: 'M -38 -24 Q 0 -34 40 -24 Q 44 8 18 30 Q 0 40 -18 30 Q -42 12 -38 -24 Z',
  'cat-eye': 'M -42 -22 Q -10 -30 38 -22 Q 40 14 12 26 Q -24 32 -36 6 Q -42 -8 -42 -22 Z',
  browline: 'M -38 -20 H 38 V 6 Q 38 28 14 28 H -14 Q -38 28 -38 6 Z',
}
const LENS_CENTRES = [62, 178] as const

export interface GlassesGlyphProps {
  product: ProductManifest
}

/**
 * A product drawn as a flat front view in its own colour: cheap enough for an attract loop that
 * runs all day (an SVG turned by a CSS animation on the compositor; no WebGL, no model loads).
 */
export function GlassesGlyph({ product }: GlassesGlyphProps) {
  const shape = lensShape(product.tags)
  const frame = product.colours[0]?.hex ?? '#c9a45c'
  const dark = product.tags.includes('sunglasses')
  const path = LENS_PATHS[shape]
  return (
    <svg className="glyph" viewBox="0 0 240 100" role="img" aria-label={`${product.name}, ${product.colours[0]?.name ?? ''}`}>
      {LENS_CENTRES.map((x, side) => (
        <path
          key={x}
          d={path}
          transform={`translate(${x} 50) scale(${side === 0 ? 1 : -1} 1)`}
          fill={dark ? 'rgba(20, 24, 28, 0.7)' : 'rgba(190, 220, 240, 0.18)'}
          stroke={frame}
          strokeWidth={shape === 'browline' ? 4 : 6}
          strokeLinejoin="round"
        />
      ))}
      {shape === 'browline' && LENS_CENTRES.map((x) => <path key={x} d={`M ${x - 40} 30 H ${x + 40}`} stroke={frame} strokeWidth={12} strokeLinecap="round" />)}
      <path d="M 100 44 Q 120 34 140 44" fill="none" stroke={frame} strokeWidth={5} strokeLinecap="round" />
      {product.tags.includes('double-bridge') && <path d="M 98 28 H 142" stroke={frame} strokeWidth={3} />}
      <path d="M 18 40 H 4 M 222 40 H 236" stroke={frame} strokeWidth={6} strokeLinecap="round" />
    </svg>
  )
}
