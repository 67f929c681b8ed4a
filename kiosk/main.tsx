// The in-store kiosk entry. For now it is the shopper app in a full-screen shell; the attract loop,
// per-session consent and the wipe between shoppers are tracked in their own issue.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '../src/ui/App'
import { readAppOptions } from '../src/ui/appOptions'
import '../src/ui/styles.css'
import './kiosk.css'

const root = document.getElementById('root')
if (!root) throw new Error('[vitrine/kiosk] kiosk/index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App options={readAppOptions(location.search)} />
  </StrictMode>,
)
