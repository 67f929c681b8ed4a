/** The kiosk benchmark's figures (the keys of `--json`). */
export interface KioskFigures {
  /** Launcher spawn → attract loop, first start on a fresh profile (the offline worker installs meanwhile), ms. */
  kioskLaunchToAttractColdMs: number
  /** Same, median of the warm starts (installed kiosk: a power cut or a crash restart), ms. */
  kioskLaunchToAttractWarmMs: number | null
  kioskLaunchToAttractWarmRunsMs: number[]
  /** JS heap in use after a forced GC, after the first session and after the last, MB. */
  kioskHeapAfter1SessionMb: number
  kioskHeapAfterSessionsMb: number
  kioskSessions: number
  /** (after last − after first) / after first, %. Target ≤ kioskHeapGrowthTargetPct. */
  kioskHeapGrowthPct: number
  kioskHeapGrowthTargetPct: number
  /**
   * From heap snapshots at the same two moments: compiled code (bytecode and optimised code, which
   * grows while V8 warms up to the app's hot paths, then levels off), MB, and the growth of
   * everything else (the app's objects: what a leak would make grow), %.
   */
  kioskHeapCodeAfter1SessionMb: number
  kioskHeapCodeAfterSessionsMb: number
  kioskHeapObjectsGrowthPct: number
  /** JS heap after a forced GC in the middle of the first and of the last visit (face tracked), MB. */
  kioskHeapInVisit1Mb: number
  kioskHeapInVisitLastMb: number
  /** Median time of one simulated session (touch, allow, tracked, switch, End, wiped, attract painted), ms. */
  kioskSessionMedianMs: number | null
  /** Median time from End and erase to the attract loop painted again, wipe counted (on the fresh page), ms. */
  kioskEndToAttractMedianMs: number | null
  /** Allow camera → face tracked, in the first visit, and the median of the later ones, ms. */
  kioskAllowToTrackedFirstMs: number
  kioskAllowToTrackedMedianMs: number | null
  kioskMachine: { cpus: number; loadAvg1mAtStart: number; loadAvg1mAtEnd: number }
}

const round = (value: number | null) => (value === null ? '—' : String(Math.round(value)))

/** The figures as a readable table, each beside its target where it has one. */
export function kioskTable(f: KioskFigures): string {
  const growthVerdict = f.kioskHeapGrowthPct <= f.kioskHeapGrowthTargetPct ? 'PASS' : 'MISS'
  const objectsVerdict = f.kioskHeapObjectsGrowthPct <= f.kioskHeapGrowthTargetPct ? 'PASS' : 'MISS'
  const rows: [string, string, string][] = [
    ['launcher start → attract loop, first start (ms)', round(f.kioskLaunchToAttractColdMs), ''],
    [`launcher start → attract loop, warm, median of ${f.kioskLaunchToAttractWarmRunsMs.length} (ms)`, round(f.kioskLaunchToAttractWarmMs), ''],
    ['JS heap after 1 session (MB)', f.kioskHeapAfter1SessionMb.toFixed(1), ''],
    [`JS heap after ${f.kioskSessions} sessions (MB)`, f.kioskHeapAfterSessionsMb.toFixed(1), ''],
    ['heap growth (%)', f.kioskHeapGrowthPct.toFixed(1), `≤ ${f.kioskHeapGrowthTargetPct}  ${growthVerdict}`],
    [`  of which compiled code, after 1 → ${f.kioskSessions} sessions (MB)`, `${f.kioskHeapCodeAfter1SessionMb.toFixed(1)} → ${f.kioskHeapCodeAfterSessionsMb.toFixed(1)}`, ''],
    ['  growth without compiled code (%)', f.kioskHeapObjectsGrowthPct.toFixed(1), `≤ ${f.kioskHeapGrowthTargetPct}  ${objectsVerdict}`],
    [`JS heap in the middle of visit 1 → visit ${f.kioskSessions} (MB)`, `${f.kioskHeapInVisit1Mb.toFixed(1)} → ${f.kioskHeapInVisitLastMb.toFixed(1)}`, ''],
    ['one session, median (ms)', round(f.kioskSessionMedianMs), ''],
    ['End and erase → attract painted, median (ms)', round(f.kioskEndToAttractMedianMs), ''],
    ['Allow camera → face tracked, visit 1 / median of the others (ms)', `${round(f.kioskAllowToTrackedFirstMs)} / ${round(f.kioskAllowToTrackedMedianMs)}`, ''],
  ]
  const width = Math.max(...rows.map((r) => r[0].length))
  const m = f.kioskMachine
  return [
    `Vitrine kiosk benchmark: ${m.cpus} cores, load ${m.loadAvg1mAtStart} before / ${m.loadAvg1mAtEnd} after (1-min average)`,
    '',
    ...rows.map(([label, value, target]) => `${label.padEnd(width)}  ${value.padStart(8)}  ${target}`),
  ].join('\n')
}
