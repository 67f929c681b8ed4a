import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

export interface NumberFieldProps {
  label: string
  value: number
  onChange: (value: number) => void
  /** Change per arrow key press or stepper click. */
  step: number
  /** Change with Shift held. Default 10 × step. */
  bigStep?: number
  min?: number
  max?: number
  /** Unit shown after the field, e.g. "mm" or "°". */
  unit?: string
  /** Decimals shown once the field is left. Default 2. */
  decimals?: number
  describedBy?: string | undefined
}

/** Removes binary noise from sums like 0.1 + 0.2 (the field shows and sends what was meant). */
const clean = (v: number) => Number(v.toPrecision(12))
const formatNumber = (v: number, decimals: number) => String(clean(Number(v.toFixed(decimals))))

/**
 * A number with − and + steppers: arrow keys step (Shift: ten times more), Page Up/Down step
 * big, typing works as usual. The value is reported as soon as what is typed is a number.
 */
export function NumberField({ label, value, onChange, step, bigStep = step * 10, min = -Infinity, max = Infinity, unit, decimals = 2, describedBy }: NumberFieldProps) {
  const id = useId()
  const format = (v: number) => formatNumber(v, decimals)
  const [text, setText] = useState(format(value))
  // A ref, not state: an effect of a render from before the focus (a drag's last move landing
  // late) must see that the field is being edited now, or it rewrites the field under the
  // typist's selection and the next key appends to the old number.
  const editing = useRef(false)
  useEffect(() => {
    if (!editing.current) setText(formatNumber(value, decimals))
  }, [value, decimals])

  const commit = (next: number) => {
    const bounded = clean(Math.min(max, Math.max(min, next)))
    onChange(bounded)
    setText(format(bounded))
  }
  // Steps start from the number the field shows: right after typing, `value` may not have come
  // back from the parent yet (a step from it undid what was just typed).
  const shown = (): number => {
    const typed = Number(text)
    return text.trim() !== '' && Number.isFinite(typed) ? typed : value
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const delta = { ArrowUp: 1, ArrowDown: -1, PageUp: 1, PageDown: -1 }[event.key]
    if (delta === undefined) return
    event.preventDefault()
    const big = event.shiftKey || event.key.startsWith('Page')
    commit(shown() + delta * (big ? bigStep : step))
  }

  return (
    <div className="number-field">
      <label htmlFor={id} className="number-field__label">{label}</label>
      <div className="number-field__row">
        <button type="button" className="stepper" aria-label={`Decrease ${label}`} tabIndex={-1} onClick={() => commit(shown() - step)}>−</button>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step={step}
          min={Number.isFinite(min) ? min : undefined}
          max={Number.isFinite(max) ? max : undefined}
          value={text}
          aria-describedby={describedBy}
          onFocus={() => { editing.current = true }}
          onBlur={() => { editing.current = false; setText(format(value)) }}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            setText(e.target.value)
            const parsed = Number(e.target.value)
            if (e.target.value.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max) onChange(clean(parsed))
          }}
        />
        <button type="button" className="stepper" aria-label={`Increase ${label}`} tabIndex={-1} onClick={() => commit(shown() + step)}>+</button>
        {unit && <span className="number-field__unit" aria-hidden="true">{unit}</span>}
      </div>
    </div>
  )
}
