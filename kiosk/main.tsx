// The in-store kiosk: attract loop, a consent screen for every visitor, the shopper app, and a
// wipe when the visitor leaves; offline through its service worker. See docs/kiosk/README.md.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { readKioskConfig } from '../src/core/kiosk/readKioskConfig'
import { exposeKioskHooks } from '../src/kiosk/exposeKioskHooks'
import { handOffToFreshPage, takeHandoff } from '../src/kiosk/handoff/pageHandoff'
import { ATTRACT_EVENT } from '../src/kiosk/attract/markAttractVisible'
import { KioskApp, OPEN_POLICY_EVENT } from '../src/kiosk/KioskApp'
import { KioskRuntime } from '../src/kiosk/KioskRuntime'
import { installLockdown } from '../src/kiosk/lockdown/installLockdown'
import { KioskWorkerClient } from '../src/kiosk/offline/KioskWorkerClient'
import { readAppOptions } from '../src/ui/appOptions'
import { loadPrivacyConfig, RETAILER_PRIVACY_URL } from '../src/ui/privacy/loadPrivacyConfig'
import '../src/ui/styles.css'
import './kiosk.css'

/**
 * After a wipe that left something behind, the page reloads this long after, ms: fresh memory,
 * and a start of its own, which wipes storage again (a blocked deletion completes).
 */
const RELOAD_AFTER_FAILED_WIPE_MS = 1_000

/** Runs `then` once the attract loop's first frame is on screen (see markAttractVisible). */
function afterAttractPainted(then: () => void): void {
  if (document.documentElement.dataset.attractVisible === 'true') then()
  else window.addEventListener(ATTRACT_EVENT, then, { once: true })
}

const element = document.getElementById('root')
if (!element) throw new Error('[vitrine/kiosk] the page has no #root element')
const root = createRoot(element)
const { config, problems: configProblems } = readKioskConfig(location.search)
const options = readAppOptions(location.search)
installLockdown(window, {
  onLink: (href) => {
    if (href.startsWith('/privacy')) window.dispatchEvent(new CustomEvent(OPEN_POLICY_EVENT))
  },
})

// Every visit ends with a fresh page (after the wipe): a page opened that way continues the counts.
const handoff = takeHandoff(location.search)

Promise.all([loadPrivacyConfig(), handoff]).then(
  ([privacy, resumed]) => {
    let problems = configProblems
    let generation = 0
    const runtime = new KioskRuntime(
      config,
      privacy.notices,
      {
        onIdle: () => worker?.whenIdle(),
        onWipeFailed: (report) => {
          console.error('[vitrine/kiosk] a wipe failed; reloading the kiosk', report.failed)
          setTimeout(() => location.reload(), RELOAD_AFTER_FAILED_WIPE_MS)
        },
        handOff: handOffToFreshPage,
      },
      undefined,
      resumed,
    )
    const render = () =>
      root.render(
        <StrictMode>
          <KioskApp runtime={runtime} options={options} privacy={privacy} problems={problems} catalogGeneration={generation} />
        </StrictMode>,
      )
    // Development (`vite`) has no built worker: the kiosk then runs online only.
    const worker =
      config.offline && import.meta.env.PROD
        ? new KioskWorkerClient(options.catalogUrl, () => runtime.machine.getState().phase === 'attract', (checked) => {
            if (!checked.updated) return
            generation++
            render()
          })
        : undefined
    if (config.hooks) exposeKioskHooks(runtime)
    render()
    runtime.start()
    void worker?.register().then((problem) => {
      // Each visit's end opens a new page: its attract screen asks for the catalog check, once painted.
      afterAttractPainted(() => worker?.whenIdle())
      if (!problem) return
      problems = [...problems, problem]
      render()
    })
  },
  (error: Error) =>
    root.render(
      <p className="notice" role="alert">
        This store's privacy notices ({RETAILER_PRIVACY_URL}) could not be loaded, so the kiosk cannot start. Please tell a member of staff. ({error.message})
      </p>,
    ),
)
