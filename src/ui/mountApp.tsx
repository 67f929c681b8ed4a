import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { readAppOptions } from './appOptions'
import { loadPrivacyConfig } from './privacy/loadPrivacyConfig'
import './styles.css'

/**
 * Renders the shopper app into `#root` of the current page (shopper page and kiosk shell), once
 * the notices in force are known: no consent can be asked under a notice that is not final.
 */
export function mountApp(where: string): void {
  const root = document.getElementById('root')
  if (!root) throw new Error(`[vitrine/${where}] the page has no #root element`)
  const reactRoot = createRoot(root)
  loadPrivacyConfig().then(
    (privacy) =>
      reactRoot.render(
        <StrictMode>
          <App options={readAppOptions(location.search)} privacy={privacy} />
        </StrictMode>,
      ),
    (error: Error) =>
      reactRoot.render(
        <p className="notice" role="alert">
          This store's privacy notices could not be loaded, so nothing can start. Please tell a member of staff. ({error.message})
        </p>,
      ),
  )
}
