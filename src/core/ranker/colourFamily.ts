/** Shopper-facing colour families the ranker learns over (and may name in a reason). */
export type ColourFamily = 'black' | 'white' | 'grey' | 'brown' | 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'pink'

export const COLOUR_FAMILIES: readonly ColourFamily[] = ['black', 'white', 'grey', 'brown', 'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink']

/** Below this HSL lightness a colour reads as black. */
const BLACK_MAX_LIGHTNESS = 0.16
/** Above this lightness, with little saturation, it reads as white (clear frames, pearls). */
const WHITE_MIN_LIGHTNESS = 0.85
/** Below this HSL saturation a colour reads as grey (silver, gunmetal). */
const GREY_MAX_SATURATION = 0.15
/** Oranges and yellows darker than this read as brown (tortoise, bronze, tan). */
const BROWN_MAX_LIGHTNESS = 0.42
/** Saturation and lightness window of a vivid, "bold" colour. */
const VIVID_MIN_SATURATION = 0.55
const VIVID_LIGHTNESS_RANGE: readonly [number, number] = [0.3, 0.75]
/** Hue bucket upper bounds, degrees, in order; red wraps around 360. */
const HUE_BOUNDS_DEG: readonly (readonly [number, ColourFamily])[] = [
  [15, 'red'], [36, 'orange'], [68, 'yellow'], [170, 'green'], [255, 'blue'], [290, 'purple'], [340, 'pink'], [360, 'red'],
]

/** HSL of a `#rrggbb` colour: hue in degrees [0, 360), saturation and lightness in [0, 1]. */
function hsl(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  const r = ((n >> 16) & 255) / 255
  const g = ((n >> 8) & 255) / 255
  const b = (n & 255) / 255
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const l = (max + min) / 2
  if (max === min) return [0, 0, l]
  const d = max - min
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min)
  const h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return [h * 60, s, l]
}

/**
 * The family of a `#rrggbb` colour and whether it is vivid, from its HSL coordinates: dark → black,
 * light and unsaturated → white, unsaturated → grey, dark orange/yellow → brown, otherwise by hue.
 * Throws on anything but `#rrggbb` (catalog validation normalises colours to that form).
 */
export function colourFamily(hex: string): { family: ColourFamily; vivid: boolean } {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) throw new RangeError(`[vitrine/ranker] colour must be #rrggbb, found ${JSON.stringify(hex)}`)
  const [h, s, l] = hsl(hex)
  const vivid = s >= VIVID_MIN_SATURATION && l >= VIVID_LIGHTNESS_RANGE[0] && l <= VIVID_LIGHTNESS_RANGE[1]
  if (l < BLACK_MAX_LIGHTNESS) return { family: 'black', vivid: false }
  if (l > WHITE_MIN_LIGHTNESS && s < 0.5) return { family: 'white', vivid: false }
  if (s < GREY_MAX_SATURATION) return { family: 'grey', vivid: false }
  if (h >= 15 && h < 68 && l < BROWN_MAX_LIGHTNESS) return { family: 'brown', vivid: false }
  for (const [bound, family] of HUE_BOUNDS_DEG) if (h < bound) return { family, vivid }
  return { family: 'red', vivid }
}
