// The kiosk's local health page: version, uptime, catalog age, counts (never visitor data).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HealthPage } from '../src/kiosk/health/HealthPage'
import '../src/ui/styles.css'
import './health.css'

const root = document.getElementById('root')
if (!root) throw new Error('[vitrine/kiosk] the health page has no #root element')
createRoot(root).render(
  <StrictMode>
    <HealthPage />
  </StrictMode>,
)
