import { formatBytes } from '../../core/catalog/asset/assetIssue'
import type { AssetStats, CategoryBudget } from '../../core/catalog/asset/types'

interface Row {
  label: string
  before: number | undefined
  after: number | undefined
  limit: number
  format: (v: number) => string
}

const count = (v: number) => v.toLocaleString('en-US')
const px = (v: number) => (v === 0 ? 'none' : `${v} px`)

/** The figures the budget holds, before and after optimisation, against the category's limits. */
export function BudgetTable({ original, optimised, budget, category }: { original?: AssetStats | undefined; optimised?: AssetStats | undefined; budget: CategoryBudget; category: string }) {
  const rows: Row[] = [
    { label: 'Triangles', before: original?.triangles, after: optimised?.triangles, limit: budget.maxTriangles, format: count },
    { label: 'Draw calls', before: original?.drawCalls, after: optimised?.drawCalls, limit: budget.maxDrawCalls, format: count },
    { label: 'Materials', before: original?.materials, after: optimised?.materials, limit: budget.maxMaterials, format: count },
    { label: 'Textures', before: original?.textures, after: optimised?.textures, limit: budget.maxTextures, format: count },
    { label: 'Largest texture side', before: original?.maxTextureSizePx, after: optimised?.maxTextureSizePx, limit: budget.maxTextureSizePx, format: px },
    { label: 'File size', before: original?.bytes, after: optimised?.bytes, limit: budget.maxFileBytes, format: formatBytes },
  ]
  return (
    <table className="budget">
      <caption>Budget for {category} (the optimised file is what counts)</caption>
      <thead>
        <tr><th scope="col">Figure</th><th scope="col">Uploaded</th><th scope="col">Stored</th><th scope="col">Budget</th><th scope="col">Verdict</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const judged = r.after ?? r.before
          const over = judged !== undefined && judged > r.limit
          return (
            <tr key={r.label} className={over ? 'budget__row--over' : undefined}>
              <th scope="row">{r.label}</th>
              <td>{r.before === undefined ? '—' : r.format(r.before)}</td>
              <td>{r.after === undefined ? '—' : r.format(r.after)}</td>
              <td>{r.format(r.limit)}</td>
              <td>{judged === undefined ? 'not measured' : over ? 'over budget' : 'within budget'}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
