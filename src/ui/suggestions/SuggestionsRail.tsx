import { useState } from 'react'
import type { ProductManifest } from '../../core/catalog/types'
import type { RankerEvent, RankerView } from '../../core/ranker/types'
import { formatPrice } from '../formatPrice'

export interface SuggestionsRailProps {
  view: RankerView
  products: readonly ProductManifest[]
  wornId: string | undefined
  onTryOn: (id: string) => void
  onEvent: (event: RankerEvent) => void
}

/**
 * The suggestions beside the try-on: each with its reason in plain words and buttons to try it on,
 * like it, skip it or add it to the bag. Every action reranks at once.
 */
export function SuggestionsRail({ view, products, wornId, onTryOn, onEvent }: SuggestionsRailProps) {
  const [liked, setLiked] = useState<ReadonlySet<string>>(new Set())
  const [bagged, setBagged] = useState<ReadonlySet<string>>(new Set())
  const byId = new Map(products.map((p) => [p.id, p]))
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" className="side__title">
        Suggested for you
      </h2>
      <p className="side__intro" aria-live="polite">
        {view.personalised ? 'Ordered for you from what you try, like and skip.' : 'Our featured frames, in the store\'s order. Allow personal suggestions below to have them ordered for you.'}
      </p>
      <ol className="suggestions__list">
        {view.slate.map((entry) => {
          const product = byId.get(entry.id)
          if (!product) return null
          const isLiked = liked.has(entry.id)
          const isBagged = bagged.has(entry.id)
          return (
            <li key={entry.id} className="suggestion" data-suggestion-id={entry.id} data-serendipity={entry.serendipity || undefined}>
              <div className="suggestion__head">
                <span className="suggestion__name">{product.name}</span>
                <span className="suggestion__price">{formatPrice(product.price)}</span>
              </div>
              <p className="suggestion__reason">{entry.reason}</p>
              <div className="suggestion__actions">
                <button type="button" className="chip" aria-pressed={wornId === entry.id} onClick={() => onTryOn(entry.id)}>
                  {wornId === entry.id ? 'Wearing' : 'Try on'}
                </button>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={isLiked}
                  aria-label={`Like ${product.name}`}
                  onClick={() => {
                    if (!isLiked) onEvent({ kind: 'like', id: entry.id })
                    setLiked((s) => toggled(s, entry.id))
                  }}
                >
                  {isLiked ? '♥ Liked' : '♡ Like'}
                </button>
                <button type="button" className="chip" aria-label={`Skip ${product.name}`} onClick={() => onEvent({ kind: 'skip', id: entry.id })}>
                  Skip
                </button>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={isBagged}
                  aria-label={`Add ${product.name} to bag`}
                  disabled={isBagged}
                  onClick={() => {
                    onEvent({ kind: 'addToBag', id: entry.id })
                    setBagged((s) => toggled(s, entry.id))
                  }}
                >
                  {isBagged ? 'In bag' : 'Add to bag'}
                </button>
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}
