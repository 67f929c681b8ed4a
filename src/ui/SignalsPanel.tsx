import type { ReactNode } from 'react'
import type { ProductManifest } from '../core/catalog/types'
import type { CameraGaze } from '../vision/CameraGaze'
import { GazeControls } from './gaze/GazeControls'
import { SignalConsent } from './privacy/SignalConsent'

export interface SignalsPanelProps {
  /** Camera gaze, once the camera runs. */
  gaze: CameraGaze | undefined
  products: readonly ProductManifest[]
  cameraOn: boolean
  onStopCamera: () => void
  /** Further signal cards (heart rate, headset), each behind its own consent. */
  children?: ReactNode
}

/** The optional signals, one consent each, with their live state and a way to stop each at once. */
export function SignalsPanel({ gaze, products, cameraOn, onStopCamera, children }: SignalsPanelProps) {
  return (
    <section className="signals" aria-label="Optional signals">
      <h2 className="side__title">Your signals</h2>
      <p className="side__intro">Each is optional and stays on this device. Switch any of them off at any time.</p>
      {cameraOn && (
        <section className="signal" data-purpose="camera" data-granted="true" aria-label="Camera try-on">
          <h3 className="signal__title">
            Camera try-on <span className="signal__state">on</span>
          </h3>
          <button type="button" className="button button--quiet" onClick={onStopCamera}>
            Stop camera
          </button>
        </section>
      )}
      <SignalConsent purpose="gaze">
        {gaze ? <GazeControls gaze={gaze} products={products} /> : <p className="signal__note">Gaze starts once the camera is on.</p>}
      </SignalConsent>
      <SignalConsent purpose="expression">
        <p className="signal__live">{cameraOn ? 'Following your expression' : 'Expression starts once the camera is on.'}</p>
        <p className="signal__note">The first seconds learn your neutral face, so only changes from it count.</p>
      </SignalConsent>
      {children}
    </section>
  )
}
