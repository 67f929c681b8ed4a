import { useCallback, useEffect, useState } from 'react'
import { detectReferenceFace, type ReferenceFace } from './detectReferenceFace'

export type ReferenceFaceState = { status: 'detecting' } | { status: 'ready'; face: ReferenceFace } | { status: 'failed'; error: string }

/** The reference face, found once per page; `retry` tries again after a failure. */
export function useReferenceFace(): ReferenceFaceState & { retry: () => void } {
  const [state, setState] = useState<ReferenceFaceState>({ status: 'detecting' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setState({ status: 'detecting' })
    detectReferenceFace().then(
      (face) => live && setState({ status: 'ready', face }),
      (error: unknown) => live && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      live = false
    }
  }, [attempt])
  const retry = useCallback(() => setAttempt((a) => a + 1), [])
  return { ...state, retry }
}
