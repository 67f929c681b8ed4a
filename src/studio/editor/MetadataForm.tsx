import { useId } from 'react'
import type { MaterialVariant } from '../../core/catalog/asset/types'
import { PRODUCT_CATEGORIES, type ManifestIssue, type ProductCategory } from '../../core/catalog/types'
import { ColourList } from './ColourList'
import { CATEGORY_ANCHOR, type ProductDraft } from './ProductDraft'
import { TextField } from './TextField'
import { issuesAt } from './validateDraft'

export interface MetadataFormProps {
  draft: ProductDraft
  variants: readonly MaterialVariant[]
  /** Problems by JSON path (from the shared rules as typed, or from the service after a save). */
  issues: ManifestIssue[]
  onChange: (patch: Partial<ProductDraft>) => void
}

/** Name, category, price, tags, attribution and colours: what shoppers read about the product. */
export function MetadataForm({ draft, variants, issues, onChange }: MetadataFormProps) {
  const id = useId()
  const setCategory = (category: ProductCategory) => {
    // The anchor follows the category unless the brand chose another one.
    const anchor = draft.anchor === CATEGORY_ANCHOR[draft.category] ? CATEGORY_ANCHOR[category] : draft.anchor
    onChange({ category, anchor })
  }
  return (
    <fieldset className="card metadata">
      <legend>Product details</legend>
      <TextField label="Name" value={draft.name} onChange={(name) => onChange({ name })} issues={issuesAt(issues, 'name')} />
      <div className="field">
        <label htmlFor={`${id}-category`} className="field__label">Category</label>
        <select id={`${id}-category`} value={draft.category} onChange={(e) => setCategory(e.target.value as ProductCategory)}>
          {PRODUCT_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </div>
      <div className="field-row">
        <TextField label="Price" value={draft.priceAmount} inputMode="decimal" placeholder="129.90" onChange={(priceAmount) => onChange({ priceAmount })} issues={issuesAt(issues, 'price.amount')} />
        <TextField label="Currency" className="field--narrow" value={draft.currency} maxLength={3} spellCheck={false} onChange={(c) => onChange({ currency: c.toUpperCase() })} issues={issuesAt(issues, 'price.currency')} />
      </div>
      <TextField
        label="Tags"
        value={draft.tags}
        placeholder="aviator, metal, sunglasses"
        hint="Separated by commas; they help suggestions match the shopper's taste."
        onChange={(tags) => onChange({ tags })}
        issues={issuesAt(issues, 'tags')}
      />
      <TextField label="Attribution (optional)" value={draft.attribution} placeholder="Model by …, CC BY 4.0" onChange={(attribution) => onChange({ attribution })} issues={issuesAt(issues, 'attribution')} />
      <ColourList colours={draft.colours} variants={variants} issues={issuesAt(issues, 'colours')} onChange={(colours) => onChange({ colours })} />
    </fieldset>
  )
}
