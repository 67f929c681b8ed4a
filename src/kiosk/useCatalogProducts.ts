import { useEffect, useState } from 'react'
import type { ProductManifest } from '../core/catalog/types'
import { loadCatalog } from '../ui/loadCatalog'

export interface CatalogProducts {
  products: readonly ProductManifest[]
  /** Loaded or failed. */
  settled: boolean
  error: string | undefined
}

/** The catalog's products for the attract loop, loaded again whenever `generation` changes (a new catalog). */
export function useCatalogProducts(url: string, generation: number): CatalogProducts {
  const [state, setState] = useState<CatalogProducts>({ products: [], settled: false, error: undefined })
  useEffect(() => {
    let live = true
    loadCatalog(url).then(
      (catalog) => live && setState({ products: catalog.products, settled: true, error: undefined }),
      (error: Error) => live && setState((previous) => ({ ...previous, settled: true, error: error.message })),
    )
    return () => {
      live = false
    }
  }, [url, generation])
  return state
}
