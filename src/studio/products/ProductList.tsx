import type { StudioApi } from '../api/StudioApi'
import type { ProductView } from '../api/types'
import { useThumbnailUrl } from '../thumbnail/useThumbnailUrl'
import { ProductStateBadge } from './ProductStateBadge'

export interface ProductListProps {
  /** Fetches the products' thumbnails (a draft's is private). */
  api: StudioApi
  products: readonly ProductView[]
  selectedId: string | undefined
  /** Shown when the list could not be refreshed (the last known list stays). */
  error?: string | undefined
  /** True while the "add a product" area is open. */
  adding: boolean
  onSelect: (id: string) => void
  onAdd: () => void
}

const formatPrice = (amount: number, currency: string) => {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount)
  } catch {
    return `${amount} ${currency}`
  }
}

/** A product's catalog thumbnail in the list (its name is the button's text: the picture adds nothing to say). */
function ListThumbnail({ api, product }: { api: StudioApi; product: ProductView }) {
  const { url } = useThumbnailUrl(api, product.manifest.thumbnail)
  return url ? <img className="product-list__thumbnail" src={url} alt="" width={64} height={48} /> : <span className="product-list__thumbnail" aria-hidden="true" />
}

/** The brand's products, drafts and published, in creation order; the selected one is marked. */
export function ProductList({ api, products, selectedId, error, adding, onSelect, onAdd }: ProductListProps) {
  const published = products.filter((p) => p.state === 'published').length
  return (
    <nav className="studio__list" aria-labelledby="product-list-title">
      <h2 id="product-list-title">Your products</h2>
      <p className="hint" role="status">
        {products.length === 0 ? 'No products yet: add your first one.' : `${products.length} product${products.length === 1 ? '' : 's'}, ${published} published.`}
      </p>
      <button type="button" className="button button--primary product-list__add" aria-pressed={adding} onClick={onAdd}>
        Add a product
      </button>
      {error && <p className="message message--error" role="alert">{error}</p>}
      <ul className="product-list">
        {products.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="product-list__item"
              aria-current={p.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(p.id)}
            >
              <ListThumbnail api={api} product={p} />
              <span className="product-list__name">{p.manifest.name}</span>
              <ProductStateBadge state={p.state} />
              <span className="product-list__meta">
                {formatPrice(p.manifest.price.amount, p.manifest.price.currency)} · {p.manifest.category}
                {p.warnings.length > 0 && ` · ${p.warnings.length} warning${p.warnings.length === 1 ? '' : 's'}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
