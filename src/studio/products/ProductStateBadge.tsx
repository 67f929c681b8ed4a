import type { ProductState } from '../api/types'

const LABEL: Record<ProductState, string> = { draft: 'Draft', published: 'Published' }

/** "Draft" or "Published", in words (the colour only repeats it). */
export function ProductStateBadge({ state }: { state: ProductState }) {
  return <span className={`badge badge--${state}`} data-state={state}>{LABEL[state]}</span>
}
