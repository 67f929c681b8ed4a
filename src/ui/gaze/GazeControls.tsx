import { useCallback, useEffect, useState } from 'react'
import type { ProductManifest } from '../../core/catalog/types'
import type { GazeCalibrationFit } from '../../core/gaze/types'
import type { CameraGaze } from '../../vision/CameraGaze'
import { GazeCalibrationOverlay } from './GazeCalibrationOverlay'

export interface GazeControlsProps {
  gaze: CameraGaze
  products: readonly ProductManifest[]
}

type CalibrationState = { kind: 'none' } | { kind: 'running' } | { kind: 'done'; fit: GazeCalibrationFit } | { kind: 'failed'; message: string }

/** What camera gaze is doing, in words, and the optional calibration. */
export function GazeControls({ gaze, products }: GazeControlsProps) {
  const [lookingAt, setLookingAt] = useState<string | null>(null)
  const [seen, setSeen] = useState(false)
  const [calibration, setCalibration] = useState<CalibrationState>({ kind: 'none' })

  useEffect(
    () =>
      gaze.onSample((sample) => {
        // Equal values do not re-render: this runs per tracker result but changes rarely.
        setLookingAt(gaze.lookingAt)
        setSeen(sample !== null && sample.confidence > 0)
      }),
    [gaze],
  )

  const finish = useCallback((result: { fit: GazeCalibrationFit } | { error: string } | { cancelled: true }) => {
    if ('fit' in result) setCalibration({ kind: 'done', fit: result.fit })
    else if ('error' in result) setCalibration({ kind: 'failed', message: result.error })
    else setCalibration({ kind: 'none' })
  }, [])

  const name = lookingAt === null ? undefined : products.find((p) => p.id === lookingAt)?.name
  return (
    <div className="gaze">
      <p className="signal__live" aria-live="polite" data-gaze-state={name ? 'dwelling' : seen ? 'seen' : 'unseen'}>
        {name ? `Looking at ${name}` : seen ? 'Following your gaze' : 'Your eyes are not in view'}
      </p>
      {calibration.kind === 'done' && (
        <p className="signal__note" role="status">
          Calibrated: about {Math.max(1, Math.round(calibration.fit.rmsError * 100))}% of the screen off.
        </p>
      )}
      {calibration.kind === 'failed' && (
        <p className="signal__note signal__note--warn" role="alert">
          Calibration did not work. {calibration.message}
        </p>
      )}
      <button type="button" className="button button--quiet" onClick={() => setCalibration({ kind: 'running' })}>
        {calibration.kind === 'done' ? 'Calibrate again' : 'Calibrate (optional)'}
      </button>
      {calibration.kind === 'running' && <GazeCalibrationOverlay gaze={gaze} onDone={finish} />}
    </div>
  )
}
