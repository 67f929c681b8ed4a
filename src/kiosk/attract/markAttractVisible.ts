/** Performance mark the benchmark reads: the attract loop's first frame on screen. */
export const ATTRACT_VISIBLE_MARK = 'vitrine:attract-visible'
/** Window event fired at the same moment. */
export const ATTRACT_EVENT = 'vitrine:attract'

/**
 * Once per page, after the attract loop's first frame is painted: a performance mark (power-on to
 * attract, in the benchmark), `data-attract-visible` on the root element and a `vitrine:attract`
 * event (tests wait for either).
 */
export function markAttractVisible(): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName(ATTRACT_VISIBLE_MARK).length === 0) performance.mark(ATTRACT_VISIBLE_MARK)
      document.documentElement.dataset.attractVisible = 'true'
      window.dispatchEvent(new CustomEvent(ATTRACT_EVENT))
    }, 0),
  )
}
