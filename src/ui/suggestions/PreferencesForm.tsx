import { useId, useState, type FormEvent } from 'react'
import type { ProductManifest } from '../../core/catalog/types'
import type { StatedPreferences } from '../../core/ranker/types'

export interface PreferencesFormProps {
  products: readonly ProductManifest[]
  preferences: StatedPreferences
  onChange: (preferences: StatedPreferences) => void
}

/** Styles (from the catalog's tags) and a budget the shopper can state up front, or not at all. */
export function PreferencesForm({ products, preferences, onChange }: PreferencesFormProps) {
  const styles = [...new Set(products.flatMap((p) => p.tags))].sort()
  const currency = products[0]?.price.currency ?? 'EUR'
  const [budget, setBudget] = useState(preferences.budget ? String(preferences.budget.amount) : '')
  const [error, setError] = useState<string | undefined>()
  const budgetId = useId()

  const toggleStyle = (style: string) => {
    const next = preferences.styles.includes(style) ? preferences.styles.filter((s) => s !== style) : [...preferences.styles, style]
    onChange({ ...preferences, styles: next })
  }
  const submitBudget = (event: FormEvent) => {
    event.preventDefault()
    if (budget.trim() === '') {
      setError(undefined)
      onChange({ ...preferences, budget: null })
      return
    }
    const amount = Number(budget)
    if (!(amount > 0) || !Number.isFinite(amount)) {
      setError('Enter a budget as a number above 0, or leave it empty.')
      return
    }
    setError(undefined)
    onChange({ ...preferences, budget: { amount, currency } })
  }

  return (
    <details className="preferences">
      <summary>Tell us what you like (optional)</summary>
      <fieldset className="preferences__styles">
        <legend>Styles</legend>
        {styles.map((style) => (
          <label key={style} className="chip chip--check">
            <input type="checkbox" checked={preferences.styles.includes(style)} onChange={() => toggleStyle(style)} />
            {style}
          </label>
        ))}
      </fieldset>
      <form onSubmit={submitBudget} className="preferences__budget">
        <label htmlFor={budgetId}>Budget ({currency})</label>
        <input id={budgetId} inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} aria-invalid={error ? true : undefined} />
        <button type="submit" className="chip">
          Set budget
        </button>
        {error && (
          <p role="alert" className="signal__note signal__note--warn">
            {error}
          </p>
        )}
      </form>
    </details>
  )
}
