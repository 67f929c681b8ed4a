import { useEffect, useMemo } from 'react'
import type { DwellEvent } from '../../core/signals/dwellTypes'
import { CameraGaze } from '../../vision/CameraGaze'
import type { FaceSession } from '../../vision/FaceSession'
import { measureTiles } from './measureTiles'

/**
 * Runs camera gaze on the session while `enabled`, measuring the product tiles found by
 * `tileSelector` for dwell, and marks the looked-at tile with `data-gazed` (a DOM attribute,
 * not React state: gaze changes many times a second).
 */
export function useCameraGaze(
  session: FaceSession | undefined,
  enabled: boolean,
  tileSelector: string,
  onDwell: (event: DwellEvent) => void,
): CameraGaze | undefined {
  const gaze = useMemo(() => (session ? new CameraGaze(session) : undefined), [session])

  useEffect(() => {
    if (!gaze || !enabled) return
    gaze.start()
    const remeasure = () => gaze.setTiles(measureTiles(tileSelector))
    remeasure()
    const observer = new ResizeObserver(remeasure)
    for (const element of document.querySelectorAll(tileSelector)) observer.observe(element)
    window.addEventListener('resize', remeasure)
    document.addEventListener('scroll', remeasure, { capture: true, passive: true })
    let marked: Element | null = null
    const offSample = gaze.onSample(() => {
      const id = gaze.lookingAt
      const element = id === null ? null : document.querySelector(`${tileSelector}[data-product-id="${CSS.escape(id)}"]`)
      if (element === marked) return
      marked?.removeAttribute('data-gazed')
      element?.setAttribute('data-gazed', 'true')
      marked = element
    })
    const offDwell = gaze.onDwell(onDwell)
    return () => {
      offSample()
      offDwell()
      observer.disconnect()
      window.removeEventListener('resize', remeasure)
      document.removeEventListener('scroll', remeasure, { capture: true })
      marked?.removeAttribute('data-gazed')
      gaze.stop()
    }
  }, [gaze, enabled, tileSelector, onDwell])

  return gaze
}
