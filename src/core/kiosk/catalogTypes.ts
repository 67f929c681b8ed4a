/** Which downloaded catalog the kiosk serves: one record, replaced in one write (the atomic swap). */
export interface CatalogPointer {
  /** The catalog's URL as the app requests it: same-origin path and query, e.g. `/catalog/demo-catalog.json`. */
  catalogUrl: string
  /** SHA-256 of the catalog document's bytes (its version). */
  sha256: string
  /** The cache holding the document and every asset. */
  cacheName: string
  /** Paths of the catalog's assets, all in `cacheName`, checked against their sha256. */
  assetUrls: string[]
  productCount: number
  /** When this catalog was downloaded and verified, epoch ms. */
  installedAt: number
}

/** Outcome of one catalog check. */
export type CatalogUpdateOutcome =
  | { status: 'updated'; pointer: CatalogPointer; message: string }
  | { status: 'unchanged'; pointer: CatalogPointer; message: string }
  /** The catalog could not be reached: the current one stays. */
  | { status: 'offline'; message: string }
  /** The new catalog or one of its assets was bad: nothing of it is kept, the current one stays. */
  | { status: 'rejected'; message: string }

/** The last check, as the health page shows it. */
export interface CatalogCheck {
  /** Epoch ms. */
  at: number
  status: CatalogUpdateOutcome['status']
  message: string
}

/** What {@link updateCatalog} needs from the outside world (Cache Storage and fetch in the service worker). */
export interface CatalogPort {
  /** Downloads `url` from the network (bypassing caches); rejects only when it cannot be reached. */
  fetchBytes(url: string): Promise<{ status: number; bytes: Uint8Array; contentType: string }>
  /** Lowercase hex SHA-256. */
  sha256(bytes: Uint8Array): Promise<string>
  put(cacheName: string, url: string, bytes: Uint8Array, contentType: string): Promise<void>
  cacheNames(): Promise<string[]>
  dropCache(cacheName: string): Promise<void>
  readPointer(): Promise<CatalogPointer | undefined>
  /** Must replace the pointer in one write. */
  writePointer(pointer: CatalogPointer): Promise<void>
}
