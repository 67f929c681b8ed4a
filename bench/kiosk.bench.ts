/**
 * Kiosk benchmark: the production build served by `vite preview`, started through the real
 * launcher (kiosk/launch.sh) in headless Chromium with a fake camera (a still face). Reports the
 * time from launcher start to the attract loop on screen (first start on a fresh profile, and warm
 * starts of the installed kiosk, as after a power cut), and the page's JS heap after a forced GC
 * after the first and after N simulated sessions (touch, allow the camera, tracked, another
 * pair, End and erase), with the growth against the 10% target. The heap is read at the same
 * moment each time: back on the attract screen, wipe counted (since every visit ends with a fresh
 * page, that is the page the kiosk handed over to); the heap in the middle of the first and the
 * last visit (face tracked) is reported beside it, as is what the fresh page costs: End → attract
 * painted, and Allow camera → face tracked. A benchmark reports: it exits 0 whether targets pass
 * or miss.
 *
 *   npx tsx bench/kiosk.bench.ts [--json] [--sessions N] [--warm-runs N]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { makeTestVideos, videoPath } from '../scripts/make-test-videos.mjs'
import { parseKioskArgs, USAGE } from './kiosk/args'
import { driveSession, heapAfterGc, type SessionTiming } from './kiosk/driveSessions'
import { heapSplit } from './kiosk/heapSnapshot'
import { launchKiosk } from './kiosk/launchKiosk'
import { kioskTable, type KioskFigures } from './kiosk/report'
import { median } from './tryon/stats'
import { build, startPreview } from './tryon/server'

const ROOT = resolve(import.meta.dirname, '..')
/** Built apart from dist/, which end-to-end runs may be serving at the same time. */
const OUT_DIR = join(ROOT, '.tmp', 'bench-kiosk-dist')
/**
 * Sessions end by End and erase here, never by idling out; the bundled demo catalog, so a catalog
 * service someone runs on this machine cannot change what is measured.
 */
const KIOSK_QUERY = 'hooks&idle=3600&catalog=/catalog/demo-catalog.json'
const HEAP_GROWTH_TARGET_PCT = 10
const MB = 1024 * 1024

const args = (() => {
  try {
    return parseKioskArgs(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
})()
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
const log = (line: string) => process.stderr.write(`${line}\n`)
const loadAtStart = Number(loadavg()[0]!.toFixed(2))

makeTestVideos()
log('building (vite build → .tmp/bench-kiosk-dist)')
build(ROOT, OUT_DIR)
const server = await startPreview(ROOT, OUT_DIR)
const profile = mkdtempSync(join(tmpdir(), 'vitrine-kiosk-bench-'))
const url = `${server.url}/kiosk/?${KIOSK_QUERY}`
const video = videoPath('still')

let figures: KioskFigures
try {
  log('first start (fresh profile)')
  const cold = await launchKiosk(ROOT, url, profile, video)
  log(`  attract after ${Math.round(cold.launchToAttractMs)} ms; waiting for the offline install`)
  await cold.page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await cold.close()

  const warmRuns: number[] = []
  let last: Awaited<ReturnType<typeof launchKiosk>> | undefined
  for (let run = 1; run <= args.warmRuns; run++) {
    last = await launchKiosk(ROOT, url, profile, video)
    warmRuns.push(last.launchToAttractMs)
    log(`warm start ${run}: attract after ${Math.round(last.launchToAttractMs)} ms`)
    if (run < args.warmRuns) await last.close()
  }
  const page = last!.page
  try {
    let heapInVisitFirst = 0
    let heapInVisitLast = 0
    const sessions: SessionTiming[] = [await driveSession(page, 1, async () => void (heapInVisitFirst = await heapAfterGc(page)))]
    const heapFirst = await heapAfterGc(page)
    const splitFirst = await heapSplit(page)
    log(`session 1: ${JSON.stringify(sessions[0])}, heap ${(heapFirst / MB).toFixed(1)} MB (code ${(splitFirst.codeBytes / MB).toFixed(1)} MB), in the visit ${(heapInVisitFirst / MB).toFixed(1)} MB`)
    for (let i = 2; i <= args.sessions; i++) {
      const isLast = i === args.sessions
      sessions.push(await driveSession(page, i, isLast ? async () => void (heapInVisitLast = await heapAfterGc(page)) : undefined))
      if (i % 10 === 0) log(`session ${i}: ${JSON.stringify(sessions[i - 1])}`)
    }
    const heapLast = await heapAfterGc(page)
    const splitLast = await heapSplit(page)
    log(`after ${args.sessions} sessions: heap ${(heapLast / MB).toFixed(1)} MB (code ${(splitLast.codeBytes / MB).toFixed(1)} MB), in the last visit ${(heapInVisitLast / MB).toFixed(1)} MB`)
    const mb = (bytes: number) => Number((bytes / MB).toFixed(2))
    const whole = (value: number | null) => (value === null ? null : Math.round(value))
    figures = {
      kioskLaunchToAttractColdMs: Math.round(cold.launchToAttractMs),
      kioskLaunchToAttractWarmMs: median(warmRuns) === null ? null : Math.round(median(warmRuns)!),
      kioskLaunchToAttractWarmRunsMs: warmRuns.map(Math.round),
      kioskHeapAfter1SessionMb: mb(heapFirst),
      kioskHeapAfterSessionsMb: mb(heapLast),
      kioskSessions: args.sessions,
      kioskHeapGrowthPct: Number((((heapLast - heapFirst) / heapFirst) * 100).toFixed(2)),
      kioskHeapGrowthTargetPct: HEAP_GROWTH_TARGET_PCT,
      kioskHeapCodeAfter1SessionMb: Number((splitFirst.codeBytes / MB).toFixed(2)),
      kioskHeapCodeAfterSessionsMb: Number((splitLast.codeBytes / MB).toFixed(2)),
      kioskHeapObjectsGrowthPct: Number((((splitLast.objectBytes - splitFirst.objectBytes) / splitFirst.objectBytes) * 100).toFixed(2)),
      kioskHeapInVisit1Mb: mb(heapInVisitFirst),
      kioskHeapInVisitLastMb: mb(heapInVisitLast),
      kioskSessionMedianMs: whole(median(sessions.map((s) => s.totalMs))),
      kioskEndToAttractMedianMs: whole(median(sessions.map((s) => s.endToAttractMs))),
      kioskAllowToTrackedFirstMs: sessions[0]!.allowToTrackedMs,
      kioskAllowToTrackedMedianMs: whole(median(sessions.slice(1).map((s) => s.allowToTrackedMs))),
      kioskMachine: { cpus: cpus().length, loadAvg1mAtStart: loadAtStart, loadAvg1mAtEnd: Number(loadavg()[0]!.toFixed(2)) },
    }
  } finally {
    await last!.close()
  }
} finally {
  await server.close()
  rmSync(profile, { recursive: true, force: true })
}

console.log(args.json ? JSON.stringify(figures, null, 2) : kioskTable(figures))
