import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadPrivacyConfig } from './loadPrivacyConfig'
import { PolicyPage } from './PolicyPage'
import '../styles.css'
import './policy.css'

const root = document.getElementById('root')
if (!root) throw new Error('[vitrine/privacy] the page has no #root element')
loadPrivacyConfig().then(
  (config) =>
    createRoot(root).render(
      <StrictMode>
        <PolicyPage policy={config.policy} notices={config.notices} />
      </StrictMode>,
    ),
  (error: Error) => {
    root.textContent = `The privacy policy could not be shown: ${error.message}`
    root.setAttribute('role', 'alert')
  },
)
