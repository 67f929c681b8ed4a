import { useId, type InputHTMLAttributes } from 'react'
import type { ManifestIssue } from '../../core/catalog/types'
import { FieldIssues } from './FieldIssues'

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onChange: (value: string) => void
  /** The field's problems; the field is marked invalid and they are read with it. */
  issues?: readonly ManifestIssue[]
  hint?: string
}

/** A labelled text input with its hint and its problems, both tied to it for screen readers. */
export function TextField({ label, value, onChange, issues = [], hint, className, ...rest }: TextFieldProps) {
  const id = useId()
  const describedBy = [hint && `${id}-hint`, issues.length > 0 && `${id}-issues`].filter(Boolean).join(' ') || undefined
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">{label}</label>
      <input {...rest} id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={issues.length > 0} aria-describedby={describedBy} />
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      <FieldIssues issues={issues} id={`${id}-issues`} />
    </div>
  )
}
