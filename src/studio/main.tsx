import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { StudioApp } from './StudioApp'
import './studio.css'

const root = document.getElementById('root')
if (!root) throw new Error('[vitrine/studio] the page has no #root element')
createRoot(root).render(
  <StrictMode>
    <StudioApp />
  </StrictMode>,
)
