import { useId } from 'react'
import type { AssetReport } from '../../core/catalog/asset/types'
import { BudgetTable } from './BudgetTable'
import { describeReport } from './describeReport'
import { IssueList } from './IssueList'

/**
 * The validation report of an uploaded model in plain words: verdict, sizes before and after,
 * optimisation, the Khronos validator's verdict, every error and warning, budget figures, fit
 * and colour variants.
 */
export function AssetReportView({ report, fileLabel }: { report: AssetReport; fileLabel?: string }) {
  const id = useId()
  const s = describeReport(report)
  const errors = report.issues.filter((i) => i.severity === 'error')
  const warnings = report.issues.filter((i) => i.severity !== 'error')
  return (
    <section className="card report" aria-labelledby={`${id}-title`} data-testid="asset-report">
      <h2 id={`${id}-title`}>Validation report{fileLabel ? ` · ${fileLabel}` : ''}</h2>
      <p className={report.ok ? 'report__verdict report__verdict--ok' : 'report__verdict report__verdict--refused'}>{s.verdict}</p>
      <ul className="report__facts">
        <li>{s.sizes}</li>
        <li>{s.optimisation}</li>
        <li>{s.khronos}</li>
        <li>{s.fit}</li>
        <li>
          Colour variants (KHR_materials_variants):{' '}
          {report.variants.length === 0 ? 'none; the product has one look.' : report.variants.map((v) => `${v.name}${v.hex ? ` (${v.hex})` : ''}`).join(', ') + '.'}
        </li>
      </ul>
      {errors.length > 0 && (
        <>
          <h3>Errors</h3>
          <IssueList issues={errors} label="Errors" />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>Warnings and notes</h3>
          <IssueList issues={warnings} label="Warnings" />
        </>
      )}
      <details>
        <summary>Figures against the {report.category} budget</summary>
        <BudgetTable original={report.stats.original} optimised={report.stats.optimised} budget={report.budget} category={report.category} />
      </details>
    </section>
  )
}
