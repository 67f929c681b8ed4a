import { isBrowserShortcut } from '../../core/kiosk/isBrowserShortcut'

export interface LockdownOptions {
  /** A link was pressed; the kiosk may show its target itself (e.g. the privacy policy). */
  onLink?: (href: string) => void
}

const block = (event: Event) => event.preventDefault()
/** Listeners that must be able to cancel (touch and wheel default to passive on the document). */
const ACTIVE = { capture: true, passive: false } as const

/**
 * Keeps a visitor on the kiosk page: no context menu, text selection, dragging, pinch zoom,
 * browser shortcuts (back, reload, address bar…) or back navigation (a history entry that
 * re-arms itself), and links never navigate (they are handed to `onLink`). What a page cannot
 * refuse (Ctrl+W, leaving full screen) is for Chromium's `--kiosk` mode and policies
 * (kiosk/launch.sh). Returns the function that lifts it all.
 */
export function installLockdown(win: Window, options: LockdownOptions = {}): () => void {
  const doc = win.document
  const onKey = (event: KeyboardEvent) => {
    if (isBrowserShortcut(event)) event.preventDefault()
  }
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey) event.preventDefault() // trackpad pinch arrives as Ctrl+wheel
  }
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length > 1) event.preventDefault()
  }
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href]')
    if (!link) return
    event.preventDefault()
    options.onLink?.(link.getAttribute('href') ?? '')
  }
  const onPopState = () => win.history.pushState({ kiosk: true }, '', win.location.href)

  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [
    [doc, 'contextmenu', block, ACTIVE],
    [doc, 'selectstart', block, ACTIVE],
    [doc, 'dragstart', block, ACTIVE],
    [doc, 'gesturestart', block, ACTIVE],
    [doc, 'auxclick', block, ACTIVE],
    [doc, 'keydown', onKey as EventListener, ACTIVE],
    [doc, 'wheel', onWheel as EventListener, ACTIVE],
    [doc, 'touchmove', onTouchMove as EventListener, ACTIVE],
    [doc, 'click', onClick as EventListener, ACTIVE],
    [win, 'popstate', onPopState, {}],
  ]
  for (const [target, type, listener, opts] of listeners) target.addEventListener(type, listener, opts)
  // Back lands on this entry, which is then pushed again: the kiosk page is never left.
  win.history.pushState({ kiosk: true }, '', win.location.href)
  return () => {
    for (const [target, type, listener, opts] of listeners) target.removeEventListener(type, listener, opts)
  }
}
