import { useId } from 'react'
import type { AssetBounds, AssetIssue } from '../../core/catalog/asset/types'
import { ANCHOR_NAMES, type AnchorName } from '../../core/face/types'
import { MODEL_UNITS, type ModelUnits, type Vec3 } from '../../core/catalog/types'
import { IssueList } from '../report/IssueList'
import { NumberField } from './NumberField'
import type { DraftPatch, ProductDraft } from './ProductDraft'

export interface PlacementControlsProps {
  draft: ProductDraft
  /** The model's bounds in model units (from the upload report), if it draws anything. */
  bounds: AssetBounds | null
  /** Width on the face at size M with this placement, mm (null when unknown). */
  widthMm: number | null
  expectedWidthMm: readonly [number, number] | null
  /** Live fit warnings of the current placement. */
  warnings: AssetIssue[]
  /** A patch, or a function of the newest draft (for one axis of a vector: a drag may have moved the others since this render). */
  onChange: (patch: DraftPatch) => void
  /** Back to the saved placement (absent for a product never saved). */
  onReset?: (() => void) | undefined
}

/** Millimetres per model unit. */
export const MM_PER_UNIT: Readonly<Record<ModelUnits, number>> = { m: 1000, cm: 10, mm: 1 }
const AXES = ['X', 'Y', 'Z'] as const
/** Pivot steps, mm: half a millimetre per key press, five with Shift. */
const PIVOT_STEP_MM = 0.5
const ROTATION_STEP_DEG = 1
const ROTATION_BIG_STEP_DEG = 15
const SCALE_STEP = 0.01

const ANCHOR_LABEL: Record<AnchorName, string> = {
  noseBridge: 'nose bridge', forehead: 'forehead', leftEarLobe: 'left ear lobe', rightEarLobe: 'right ear lobe', chin: 'chin', lips: 'lips',
}

const withAxis = (v: Vec3, axis: number, value: number): Vec3 => v.map((x, k) => (k === axis ? value : x)) as Vec3
const mm = (value: number, units: ModelUnits) => (value * MM_PER_UNIT[units]).toFixed(1)

/**
 * The handles of the placement as fields: pivot (the model's point that sits on the anchor, shown
 * in millimetres of the model), rotation and scale, plus anchor and units. Every change shows in
 * the preview at once; the fit warnings below follow.
 */
export function PlacementControls({ draft, bounds, widthMm, expectedWidthMm, warnings, onChange, onReset }: PlacementControlsProps) {
  const id = useId()
  const factor = MM_PER_UNIT[draft.units]
  return (
    <fieldset className="card placement" aria-describedby={`${id}-help`}>
      <legend>Placement on the face</legend>
      <p className="hint" id={`${id}-help`}>
        The pivot is the point of the model that sits on the anchor; for glasses, where the bridge rests on the nose. Drag the
        model in the preview, or use these fields: arrow keys step, Shift steps more.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-anchor`} className="field__label">Anchor</label>
          <select id={`${id}-anchor`} value={draft.anchor} onChange={(e) => onChange({ anchor: e.target.value as AnchorName })}>
            {ANCHOR_NAMES.map((a) => <option key={a} value={a}>{ANCHOR_LABEL[a]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-units`} className="field__label">Model units</label>
          <select id={`${id}-units`} value={draft.units} onChange={(e) => onChange({ units: e.target.value as ModelUnits })}>
            {MODEL_UNITS.map((u) => <option key={u} value={u}>{u}</option>)}
          </select>
        </div>
      </div>
      <div className="placement__group" role="group" aria-label="Pivot, millimetres in the model">
        {AXES.map((axis, k) => (
          <NumberField key={axis} label={`Pivot ${axis}`} unit="mm" step={PIVOT_STEP_MM} decimals={2}
            value={draft.pivotOffset[k]! * factor}
            onChange={(v) => onChange((d) => ({ pivotOffset: withAxis(d.pivotOffset, k, Number((v / MM_PER_UNIT[d.units]).toPrecision(10))) }))} />
        ))}
      </div>
      <div className="placement__group" role="group" aria-label="Rotation, degrees">
        {AXES.map((axis, k) => (
          <NumberField key={axis} label={`Rotation ${axis}`} unit="°" step={ROTATION_STEP_DEG} bigStep={ROTATION_BIG_STEP_DEG} min={-180} max={180} decimals={1}
            value={draft.rotationDeg[k]!}
            onChange={(v) => onChange((d) => ({ rotationDeg: withAxis(d.rotationDeg, k, v) }))} />
        ))}
        <NumberField label="Scale" step={SCALE_STEP} min={0.001} max={1000} decimals={3} value={draft.scale} onChange={(scale) => onChange({ scale })} />
      </div>
      <p className="placement__facts" role="status">
        {widthMm === null ? 'Width on the face: unknown (the model draws nothing).' : `Width on the face: ${widthMm.toFixed(1)} mm`}
        {widthMm !== null && expectedWidthMm && ` (expected ${expectedWidthMm[0]}–${expectedWidthMm[1]} mm).`}
        {bounds && ` Model extent: x ${mm(bounds.min[0], draft.units)} to ${mm(bounds.max[0], draft.units)}, y ${mm(bounds.min[1], draft.units)} to ${mm(bounds.max[1], draft.units)}, z ${mm(bounds.min[2], draft.units)} to ${mm(bounds.max[2], draft.units)} mm.`}
      </p>
      <div className="placement__actions">
        {bounds && (
          <button type="button" className="button button--quiet" onClick={() => onChange((d) => ({ pivotOffset: withAxis(d.pivotOffset, 0, Number(((bounds.min[0] + bounds.max[0]) / 2).toPrecision(6))) }))}>
            Centre the pivot on X
          </button>
        )}
        {onReset && <button type="button" className="button button--quiet" onClick={onReset}>Back to the saved placement</button>}
      </div>
      {warnings.length > 0 ? <IssueList issues={warnings} label="Fit warnings" /> : <p className="hint">No fit warnings for this placement.</p>}
    </fieldset>
  )
}
