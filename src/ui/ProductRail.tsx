import { useRef, type KeyboardEvent } from 'react'
import type { ProductManifest } from '../core/catalog/types'
import { formatPrice } from './formatPrice'

export interface ProductRailProps {
  products: readonly ProductManifest[]
  selectedId: string | undefined
  onSelect: (id: string) => void
}

/**
 * The product rail: a radio group of tiles. Tap or click a tile; with the keyboard, Tab into the
 * rail, then arrow keys (Home/End) move and wear at once, as radio buttons do.
 */
export function ProductRail({ products, selectedId, onSelect }: ProductRailProps) {
  const tiles = useRef<(HTMLButtonElement | null)[]>([])
  const selectedIndex = Math.max(0, products.findIndex((p) => p.id === selectedId))

  const move = (event: KeyboardEvent, index: number) => {
    let next = -1
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % products.length
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + products.length) % products.length
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = products.length - 1
    if (next < 0) return
    event.preventDefault()
    onSelect(products[next]!.id)
    tiles.current[next]?.focus()
  }

  return (
    <nav className="rail" aria-label="Glasses to try on">
      <div role="radiogroup" aria-label="Glasses to try on" className="rail__list">
        {products.map((product, index) => {
          const selected = index === selectedIndex
          return (
            <button
              key={product.id}
              ref={(element) => {
                tiles.current[index] = element
              }}
              type="button"
              role="radio"
              aria-checked={selected}
              tabIndex={selected ? 0 : -1}
              className={selected ? 'tile tile--selected' : 'tile'}
              data-product-id={product.id}
              onClick={() => onSelect(product.id)}
              onKeyDown={(event) => move(event, index)}
            >
              {product.thumbnail && <img className="tile__thumbnail" src={product.thumbnail.url} alt="" loading="lazy" width={64} height={48} />}
              <span className="tile__swatches" aria-hidden="true">
                {product.colours.slice(0, 3).map((colour) => (
                  <span key={colour.hex} className="tile__swatch" style={{ background: colour.hex }} />
                ))}
              </span>
              <span className="tile__name">{product.name}</span>
              <span className="tile__meta">
                {product.brand} · {formatPrice(product.price)}
              </span>
            </button>
          )
        })}
      </div>
    </nav>
  )
}
