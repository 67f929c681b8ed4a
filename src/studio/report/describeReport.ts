import { formatBytes } from '../../core/catalog/asset/assetIssue'
import type { AssetReport } from '../../core/catalog/asset/types'

/** The sentences at the top of a report: verdict, sizes, optimisation, validator, fit. */
export interface ReportSummary {
  verdict: string
  sizes: string
  optimisation: string
  khronos: string
  fit: string
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Turns an asset report into plain sentences for the brand team (pure: unit tested). */
export function describeReport(report: AssetReport): ReportSummary {
  const errors = report.issues.filter((i) => i.severity === 'error').length
  const warnings = report.issues.filter((i) => i.severity === 'warning').length
  const verdict = report.ok
    ? `Accepted and stored${warnings ? `, with ${plural(warnings, 'warning')} to read below` : ': no errors, no warnings'}.`
    : `Refused: ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''}. Nothing was stored.`
  const { original, optimised } = report.sizes
  const saved = original > 0 && optimised > 0 ? Math.round((100 * (original - optimised)) / original) : 0
  const sizes = optimised > 0
    ? `${formatBytes(original)} uploaded, ${formatBytes(optimised)} stored and sent to shoppers${saved > 0 ? ` (${saved} % smaller)` : saved < 0 ? ` (${-saved} % larger)` : ''}.`
    : `${formatBytes(original)} uploaded; nothing stored.`
  const o = report.optimisation
  const optimisation = o.applied
    ? `Optimised in ${(o.ms / 1000).toFixed(1)} s: ${o.steps.join(', ')}.`
    : o.note ? `Not optimised: ${o.note}.` : 'Not optimised: the file was refused before that step.'
  const k = report.khronos
  const khronos = k
    ? `Khronos glTF validator ${k.validatorVersion}: ${k.errors ? plural(k.errors, 'error') : 'no errors'}, ${k.warnings ? plural(k.warnings, 'warning') : 'no warnings'} (${plural(k.infos, 'info')}, ${plural(k.hints, 'hint')} not shown).`
    : 'The Khronos glTF validator did not run: the file failed the first checks.'
  const f = report.fit
  const width = f.widthMm === null ? 'The model draws nothing, so its width is unknown.' : `Width on the face at scale 1: ${f.widthMm.toFixed(1)} mm`
  const fit = f.widthMm === null ? width
    : f.expectedWidthMm ? `${width}; ${f.category} should be ${f.expectedWidthMm[0]}–${f.expectedWidthMm[1]} mm wide: ${f.ok ? 'fits' : 'see the warning'}.`
      : `${width}.`
  return { verdict, sizes, optimisation, khronos, fit }
}
