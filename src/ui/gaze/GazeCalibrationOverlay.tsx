import { useEffect, useRef, useState } from 'react'
import { GazeCalibrationError } from '../../core/gaze/GazeCalibration'
import type { GazeCalibrationFit } from '../../core/gaze/types'
import type { CameraGaze } from '../../vision/CameraGaze'

/** Where the dots appear, viewport-normalised: the corners and the centre. */
const CALIBRATION_DOTS: readonly (readonly [number, number])[] = [[0.1, 0.12], [0.9, 0.12], [0.5, 0.5], [0.1, 0.88], [0.9, 0.88]]
/** Time the eyes need to reach a new dot (a saccade plus settling), ms; samples then are skipped. */
const DOT_SETTLE_MS = 600
/** Time samples are collected on each dot, ms. */
const DOT_COLLECT_MS = 1400

export interface GazeCalibrationOverlayProps {
  gaze: CameraGaze
  onDone: (result: { fit: GazeCalibrationFit } | { error: string } | { cancelled: true }) => void
}

/** Full-screen dots to follow with the eyes; Escape (or the Cancel button) stops it. */
export function GazeCalibrationOverlay({ gaze, onDone }: GazeCalibrationOverlayProps) {
  const [dot, setDot] = useState(0)
  const cancelRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    cancelRef.current?.focus()
    gaze.beginCalibration()
    let index = 0
    let timer = 0
    const show = () => {
      if (index === CALIBRATION_DOTS.length) {
        try {
          onDone({ fit: gaze.finishCalibration() })
        } catch (error) {
          onDone({ error: error instanceof GazeCalibrationError ? error.message : String(error) })
        }
        return
      }
      setDot(index)
      timer = window.setTimeout(() => {
        const [x, y] = CALIBRATION_DOTS[index]!
        gaze.calibrationDot(x, y)
        timer = window.setTimeout(() => {
          index++
          show()
        }, DOT_COLLECT_MS)
      }, DOT_SETTLE_MS)
    }
    show()
    return () => {
      window.clearTimeout(timer)
      gaze.cancelCalibration()
    }
  }, [gaze, onDone])

  const [x, y] = CALIBRATION_DOTS[dot]!
  return (
    <div
      className="calibration"
      role="dialog"
      aria-modal="true"
      aria-label="Gaze calibration"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone({ cancelled: true })
      }}
    >
      <p className="calibration__text" aria-live="polite">
        Follow the dot with your eyes, keeping your head still. Dot {dot + 1} of {CALIBRATION_DOTS.length}.
      </p>
      <span className="calibration__dot" style={{ left: `${x * 100}%`, top: `${y * 100}%` }} aria-hidden="true" />
      <button ref={cancelRef} type="button" className="button button--quiet calibration__cancel" onClick={() => onDone({ cancelled: true })}>
        Cancel
      </button>
    </div>
  )
}
