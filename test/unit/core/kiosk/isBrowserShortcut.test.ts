import { describe, expect, it } from 'vitest'
import { isBrowserShortcut } from '../../../../src/core/kiosk/isBrowserShortcut'

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods })

describe('isBrowserShortcut', () => {
  it('catches the ways out: back and forward, reload, address bar, developer tools, zoom', () => {
    for (const chord of [key('ArrowLeft', { altKey: true }), key('BrowserBack'), key('F5'), key('r', { ctrlKey: true }), key('l', { metaKey: true }), key('F12'), key('+', { ctrlKey: true }), key('ContextMenu')]) {
      expect(isBrowserShortcut(chord), chord.key).toBe(true)
    }
  })

  it('lets plain keys through (the product rail is driven by arrows, Tab, Enter and Space)', () => {
    for (const k of ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Tab', 'Enter', ' ', 'a', 'Escape']) expect(isBrowserShortcut(key(k)), k).toBe(false)
  })
})
