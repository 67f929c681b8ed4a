import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { readAppOptions } from './appOptions'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('[vitrine/ui] index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App options={readAppOptions(location.search)} />
  </StrictMode>,
)
