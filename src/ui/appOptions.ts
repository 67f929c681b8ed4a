import type { TrackerDelegate } from '../core/face/types'
import type { RendererPreference } from '../render/createRenderer'

/** Switches read from the page URL (all optional; the defaults are what shoppers get). */
export interface AppOptions {
  /** `?debug`: the overlay with fps, timings, drops, backend and delegate. */
  debug: boolean
  /** `?probe`: draw the magenta nose-bridge probe (tests, benchmark). */
  probe: boolean
  /**
   * `?bench`: window.__vitrine and the benchmark's bare-detection baseline (`npm run bench`),
   * without the overlay or the probe, so the page measured is the one a shopper gets.
   */
  bench: boolean
  /** `?occluder`: show the head occluder as a wireframe. */
  showOccluder: boolean
  /** `?renderer=webgpu|webgl2`. Default auto. */
  renderer: RendererPreference
  /** `?delegate=GPU|CPU`. Default auto (CPU when WebGL is software-rendered). */
  delegate: TrackerDelegate | 'auto'
  /** `?product=ID`: the product worn first. */
  productId: string | undefined
  /**
   * `?catalog=URL`: a same-origin catalog JSON, used as is. Default the catalog service's published
   * products, which fall back to the bundled demo catalog when the service cannot be used.
   */
  catalogUrl: string
  /** `?arm=control|personalised`: the suggestions experiment's arm, for demos and tests. Default assigned at random. */
  arm: string | undefined
}

export const DEMO_CATALOG_URL = '/catalog/demo-catalog.json'
/** The catalog service's published products, through the app's own origin (Vite proxies `/api`). */
export const SERVICE_CATALOG_URL = '/api/v1/catalog'
/** The catalog used instead when one cannot be reached or is unusable: the service's → the bundled demo. */
export const CATALOG_FALLBACKS: Readonly<Record<string, string>> = { [SERVICE_CATALOG_URL]: DEMO_CATALOG_URL }

export function readAppOptions(search: string): AppOptions {
  const params = new URLSearchParams(search)
  const renderer = params.get('renderer')
  const delegate = params.get('delegate')?.toUpperCase()
  return {
    debug: params.has('debug'),
    probe: params.has('probe'),
    bench: params.has('bench'),
    showOccluder: params.has('occluder'),
    renderer: renderer === 'webgpu' || renderer === 'webgl2' ? renderer : 'auto',
    delegate: delegate === 'GPU' || delegate === 'CPU' ? delegate : 'auto',
    productId: params.get('product') ?? undefined,
    catalogUrl: params.get('catalog') ?? SERVICE_CATALOG_URL,
    arm: params.get('arm') ?? undefined,
  }
}
