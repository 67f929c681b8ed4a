import { useId } from 'react'
import type { MaterialVariant } from '../../core/catalog/asset/types'
import { matchColoursToVariants } from '../../core/catalog/asset/matchColoursToVariants'
import type { Colour, ManifestIssue } from '../../core/catalog/types'
import { FieldIssues } from './FieldIssues'

export interface ColourListProps {
  colours: Colour[]
  /** The model's KHR_materials_variants colour variants (from the upload report). */
  variants: readonly MaterialVariant[]
  issues: ManifestIssue[]
  onChange: (colours: Colour[]) => void
}

const NEW_COLOUR: Colour = { name: '', hex: '#808080' }
const HEX = /^#[0-9a-fA-F]{6}$/

/**
 * The colours the product is sold in. When the model has colour variants, each colour is matched
 * to the variant of the same name (what the shopper's pick switches to), and the variants can be
 * taken over as they are.
 */
export function ColourList({ colours, variants, issues, onChange }: ColourListProps) {
  const id = useId()
  const { matches } = matchColoursToVariants(colours, variants)
  const set = (index: number, patch: Partial<Colour>) => onChange(colours.map((c, i) => (i === index ? { ...c, ...patch } : c)))
  return (
    <fieldset className="colours">
      <legend>Colours</legend>
      {variants.length > 0 ? (
        <p className="hint" id={`${id}-variants`}>
          The model has {variants.length} colour variant{variants.length === 1 ? '' : 's'}: {variants.map((v) => v.name).join(', ')}. Name each colour like its variant.{' '}
          <button type="button" className="button button--quiet" onClick={() => onChange(variants.map((v) => ({ name: v.name, hex: v.hex ?? '#808080' })))}>
            Use the model's variants
          </button>
        </p>
      ) : (
        <p className="hint">The model has no colour variants: these colours are the swatches shoppers see.</p>
      )}
      <ol className="colours__list">
        {colours.map((colour, i) => (
          <li key={i} className="colours__row">
            <input value={colour.name} placeholder="Colour name" onChange={(e) => set(i, { name: e.target.value })} aria-label={`Colour ${i + 1} name`} />
            <input type="color" value={HEX.test(colour.hex) ? colour.hex.toLowerCase() : '#808080'} onChange={(e) => set(i, { hex: e.target.value })} aria-label={`Colour ${i + 1} swatch`} />
            <input className="colours__hex" value={colour.hex} onChange={(e) => set(i, { hex: e.target.value.trim() })} aria-label={`Colour ${i + 1} hex code`} maxLength={7} spellCheck={false} />
            {variants.length > 0 && (
              <span className={matches[i]?.variant ? 'hint' : 'hint hint--warning'}>
                {matches[i]?.variant ? `selects variant "${matches[i].variant}"` : 'matches no variant'}
              </span>
            )}
            <button type="button" className="button button--quiet" disabled={colours.length === 1} onClick={() => onChange(colours.filter((_, k) => k !== i))} aria-label={`Remove colour ${i + 1}${colour.name ? ` (${colour.name})` : ''}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--quiet" onClick={() => onChange([...colours, { ...NEW_COLOUR }])}>Add a colour</button>
      <FieldIssues issues={issues} />
    </fieldset>
  )
}
