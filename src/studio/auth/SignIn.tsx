import { useId, useState, type FormEvent } from 'react'
import { ApiProblem } from '../api/ApiProblem'
import { StudioApi } from '../api/StudioApi'
import type { ProductView } from '../api/types'
import { checkTokenShape } from './checkTokenShape'

export interface SignInProps {
  /** Why the brand is on this screen again (signed out, token refused mid-session), if it was signed in. */
  notice?: string | undefined
  onSignedIn: (token: string, products: ProductView[]) => void
}

/** The message for a token the service refused or could not check. */
export function signInProblem(error: unknown): string {
  if (error instanceof ApiProblem && error.unauthorised) {
    return 'This token was not accepted: it is mistyped, or it was rotated or revoked. Ask whoever runs the service for a new one ("npm run brand -- rotate <your-brand>").'
  }
  return `The token could not be checked: ${error instanceof Error ? error.message : String(error)}.`
}

/**
 * Sign-in with the brand's API token. The token's shape is checked here first (nothing is sent
 * for an obvious typo), then the service is asked for the brand's products with it.
 */
export function SignIn({ notice, onSignedIn }: SignInProps) {
  const [token, setToken] = useState('')
  const [shown, setShown] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const candidate = token.trim()
    const shapeError = checkTokenShape(candidate)
    setError(shapeError)
    if (shapeError) return
    setBusy(true)
    try {
      const products = await new StudioApi(candidate).listProducts()
      onSignedIn(candidate, products)
    } catch (problem) {
      setError(signInProblem(problem))
      setBusy(false)
    }
  }

  return (
    <main className="studio-signin">
      <form className="card signin" onSubmit={(e) => void submit(e)} aria-labelledby={`${inputId}-title`} noValidate>
        <h1 id={`${inputId}-title`}>Vitrine Studio</h1>
        <p>Upload, check, fit and publish your brand's try-on products.</p>
        {notice && <p className="message message--info" role="status">{notice}</p>}
        <label htmlFor={inputId}>Brand API token</label>
        <div className="signin__row">
          <input
            id={inputId}
            type={shown ? 'text' : 'password'}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            aria-invalid={error !== undefined}
          />
          <button type="button" className="button button--quiet" aria-pressed={shown} onClick={() => setShown(!shown)}>
            {shown ? 'Hide' : 'Show'}
          </button>
        </div>
        <p id={hintId} className="hint">
          Starts with <code>vtr_</code>. Kept in this tab only (session storage) until you sign out or close the tab.
        </p>
        {error && <p id={errorId} className="message message--error" role="alert">{error}</p>}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Checking the token…' : 'Sign in'}
        </button>
      </form>
    </main>
  )
}
