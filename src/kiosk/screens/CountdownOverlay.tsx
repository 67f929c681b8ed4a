export interface CountdownOverlayProps {
  /** Whole seconds left. */
  seconds: number
}

/**
 * Shown when nobody seems to be there any more: the seconds left before the visit is erased.
 * Any touch anywhere cancels it (the kiosk listens for that); the button is there to be obvious.
 */
export function CountdownOverlay({ seconds }: CountdownOverlayProps) {
  return (
    <div className="kiosk-countdown" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-countdown-title" aria-describedby="kiosk-countdown-body">
      <div className="kiosk-countdown__card">
        <p className="kiosk-countdown__seconds" aria-hidden="true">
          {seconds}
        </p>
        <h2 id="kiosk-countdown-title">Still there?</h2>
        <p id="kiosk-countdown-body" aria-live="polite">
          This visit ends in {seconds} s and everything from it is erased. Touch the screen to carry on.
        </p>
        <button type="button" className="button button--primary kiosk-button" autoFocus>
          I'm still here
        </button>
      </div>
    </div>
  )
}
