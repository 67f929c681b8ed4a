import { useEffect, useState } from 'react'
import type { ProductManifest } from '../../core/catalog/types'
import type { PresenceMode } from '../../core/kiosk/kioskTypes'
import { formatPrice } from '../../ui/formatPrice'
import { GlassesGlyph } from './GlassesGlyph'
import { markAttractVisible } from './markAttractVisible'

/** How long each product turns before the next one, ms. */
const PRODUCT_SHOWN_MS = 5_000

export interface AttractLoopProps {
  products: readonly ProductManifest[]
  /** Whether the camera notices people (`camera`, with its sensor running) or only touch wakes the screen. */
  presence: PresenceMode
  /** The presence camera is checking now (false: it could not start; touch still works). */
  sensing: boolean
  /** The catalog has loaded (or failed): the loop is complete on screen. */
  settled: boolean
  /** Set-up problems to show until the installer fixes them. */
  problems: readonly string[]
}

/**
 * The screen while nobody is there: the catalog's products turning one after another, a short
 * invitation, and, in plain words, what the camera does before anyone agrees to anything.
 */
export function AttractLoop({ products, presence, sensing, settled, problems }: AttractLoopProps) {
  const [index, setIndex] = useState(0)
  useEffect(() => {
    if (products.length < 2) return
    const timer = setInterval(() => setIndex((i) => (i + 1) % products.length), PRODUCT_SHOWN_MS)
    return () => clearInterval(timer)
  }, [products.length])
  useEffect(() => {
    if (settled) markAttractVisible()
  }, [settled])

  const product = products[index % Math.max(1, products.length)]
  const watching = presence === 'camera' && sensing
  return (
    <section className="attract" aria-labelledby="attract-title">
      <div className="attract__text">
        <h1 id="attract-title" className="attract__title">{watching ? 'Step closer to try on glasses' : 'Touch the screen to try on glasses'}</h1>
        <p className="attract__sub">{watching ? 'Or touch the screen to start.' : 'See every pair on your own face, live.'}</p>
      </div>
      <div className="attract__stage" aria-live="off">
        {product && (
          <figure key={product.id} className="attract__product">
            <div className="attract__turntable">
              <GlassesGlyph product={product} />
            </div>
            <figcaption>
              <span className="attract__name">{product.name}</span>
              <span className="attract__meta">
                {product.brand} · {formatPrice(product.price)}
              </span>
            </figcaption>
          </figure>
        )}
        {products.length > 1 && (
          <div className="attract__dots" aria-hidden="true">
            {products.map((p) => (
              <span key={p.id} className="attract__dot" data-current={p.id === product?.id} />
            ))}
          </div>
        )}
      </div>
      <p className="attract__notice" data-presence={presence}>
        {watching
          ? 'This screen notices when someone is in front of it: on this device, its camera only checks whether a face is there, a few times a second. Nothing is recorded, kept or sent, and nothing about your face is measured unless you agree on the next screen.'
          : 'The camera is off. It starts only if you agree on the next screen.'}
      </p>
      {problems.length > 0 && (
        <ul className="attract__problems" aria-label="Set-up problems">
          {problems.map((problem) => (
            <li key={problem}>Set-up: {problem}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
