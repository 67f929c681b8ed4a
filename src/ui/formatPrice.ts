import type { Price } from '../core/catalog/types'

/** A price in the shopper's locale, e.g. "€129.00" or "129,00 €". */
export function formatPrice(price: Price, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency }).format(price.amount)
}
