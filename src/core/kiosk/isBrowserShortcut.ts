/** The parts of a key event that decide whether it is a browser shortcut. */
export interface KeyChord {
  key: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
}

/** Function keys F1–F24 (help, reload, address bar, full screen, developer tools…). */
const FUNCTION_KEY = /^F\d{1,2}$/

/**
 * Whether a key press would make the browser do something a kiosk visitor must not: go back or
 * forward (Alt+←/→, the Back key), reload, open the address bar, a new window, downloads,
 * printing, developer tools, zoom. A kiosk has no text to edit, so every Ctrl, Alt, Meta chord,
 * every function key and every `Browser*` media key counts. Some (Ctrl+W, Ctrl+N) the browser
 * handles before the page can refuse them; Chromium's `--kiosk` mode and policies cover those.
 */
export function isBrowserShortcut(chord: KeyChord): boolean {
  if (chord.ctrlKey || chord.altKey || chord.metaKey) return true
  return FUNCTION_KEY.test(chord.key) || chord.key.startsWith('Browser') || chord.key === 'ContextMenu'
}
