import { useCallback, useEffect, useState } from 'react'
import { ApiProblem } from './api/ApiProblem'
import { StudioApi } from './api/StudioApi'
import type { ProductView } from './api/types'
import { SignIn, signInProblem } from './auth/SignIn'
import { tokenStore } from './auth/tokenStore'
import { Workspace } from './Workspace'

/** Said on the sign-in screen after the service refused the token in the middle of the work. */
export const TOKEN_REFUSED_NOTICE = 'You were signed out: the service no longer accepts this token (it was rotated or revoked). Sign in with the new token; nothing already saved was lost.'
export const SIGNED_OUT_NOTICE = 'You are signed out. The token was removed from this tab.'

type Session = { state: 'checking' } | { state: 'signed-out'; notice?: string } | { state: 'signed-in'; api: StudioApi; products: ProductView[] }

/**
 * The brand studio: sign-in, then the workspace. The token lives in this tab's sessionStorage
 * (a reload keeps the brand signed in; another tab or a closed one does not) and is removed on
 * sign-out or when the service refuses it.
 */
export function StudioApp() {
  const [session, setSession] = useState<Session>(() => (tokenStore.read() ? { state: 'checking' } : { state: 'signed-out' }))

  // A token kept from before a reload is checked again before anything is shown.
  useEffect(() => {
    const saved = tokenStore.read()
    if (!saved) return
    const api = new StudioApi(saved)
    api.listProducts().then(
      (products) => setSession({ state: 'signed-in', api, products }),
      (error: unknown) => {
        if (error instanceof ApiProblem && error.unauthorised) tokenStore.clear()
        setSession({ state: 'signed-out', notice: signInProblem(error) })
      },
    )
  }, [])

  const signedIn = useCallback((token: string, products: ProductView[]) => {
    tokenStore.save(token)
    setSession({ state: 'signed-in', api: new StudioApi(token), products })
  }, [])

  const signOut = useCallback((notice: string = SIGNED_OUT_NOTICE) => {
    tokenStore.clear()
    setSession({ state: 'signed-out', notice })
  }, [])

  if (session.state === 'checking') {
    return <p className="studio-loading" role="status">Signing you in again…</p>
  }
  if (session.state === 'signed-out') return <SignIn notice={session.notice} onSignedIn={signedIn} />
  return (
    <Workspace
      api={session.api}
      initialProducts={session.products}
      onSignOut={() => signOut()}
      onTokenRefused={() => signOut(TOKEN_REFUSED_NOTICE)}
    />
  )
}
