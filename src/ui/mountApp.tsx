import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { readAppOptions } from './appOptions'
import './styles.css'

/** Renders the shopper app into `#root` of the current page (shopper page and kiosk shell). */
export function mountApp(where: string): void {
  const root = document.getElementById('root')
  if (!root) throw new Error(`[vitrine/${where}] the page has no #root element`)
  createRoot(root).render(
    <StrictMode>
      <App options={readAppOptions(location.search)} />
    </StrictMode>,
  )
}
