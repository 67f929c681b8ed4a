import { useEffect, useRef, useState } from 'react'
import type { ProductManifest } from '../../core/catalog/types'
import type { DwellEvent } from '../../core/signals/dwellTypes'
import { useConsentLedger } from '../privacy/ConsentContext'

type HeadsetState =
  | { kind: 'checking' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'ready' }
  | { kind: 'starting' }
  | { kind: 'running'; lookingAt: string | null }
  | { kind: 'failed'; message: string }

export interface HeadsetPanelProps {
  products: readonly ProductManifest[]
  onDwell: (event: DwellEvent, source: 'headset') => void
}

/**
 * The headset showroom's card: offered only when a headset session can start. Gaze inside the
 * headset follows the same gaze consent as the camera's.
 */
export function HeadsetPanel({ products, onDwell }: HeadsetPanelProps) {
  const consents = useConsentLedger()
  const [state, setState] = useState<HeadsetState>({ kind: 'checking' })
  const showroom = useRef<import('../../xr/HeadsetShowroom').HeadsetShowroom | undefined>(undefined)
  const onDwellRef = useRef(onDwell)
  onDwellRef.current = onDwell

  useEffect(() => {
    let live = true
    void import('../../xr/headsetSupport').then(({ headsetSupport }) =>
      headsetSupport().then((support) => {
        if (live) setState(support.supported ? { kind: 'ready' } : { kind: 'unavailable', reason: support.reason })
      }),
    )
    return () => {
      live = false
      void showroom.current?.exit()
    }
  }, [])

  const enter = async () => {
    const { HeadsetShowroom } = await import('../../xr/HeadsetShowroom')
    const room = new HeadsetShowroom(products, {
      onDwell: (event) => onDwellRef.current(event, 'headset'),
      onStatus: (status, message) => {
        if (status === 'starting') setState({ kind: 'starting' })
        else if (status === 'running') setState({ kind: 'running', lookingAt: null })
        else if (status === 'ended') setState({ kind: 'ready' })
        else if (status === 'failed') setState({ kind: 'failed', message: message ?? 'The headset failed.' })
      },
      onLookingAt: (id) => setState((s) => (s.kind === 'running' ? { kind: 'running', lookingAt: id } : s)),
      trackGaze: () => consents.isGranted('gaze'),
    })
    showroom.current = room
    await room.enter()
  }

  if (state.kind === 'checking') return null
  const lookingAtName = state.kind === 'running' && state.lookingAt ? products.find((p) => p.id === state.lookingAt)?.name : undefined
  return (
    <section className="signal" data-purpose="headset" aria-label="Headset showroom">
      <h3 className="signal__title">
        Headset showroom <span className="signal__state">{state.kind === 'running' ? 'on' : 'off'}</span>
      </h3>
      <p className="signal__live" aria-live="polite" data-headset-state={state.kind}>
        {state.kind === 'unavailable' && `Not available: ${state.reason}`}
        {state.kind === 'ready' && 'See every pair on a wall in your headset.'}
        {state.kind === 'starting' && 'Starting the headset…'}
        {state.kind === 'running' &&
          (lookingAtName ? `In the headset: looking at ${lookingAtName}` : consents.isGranted('gaze') ? 'In the headset: look at a pair' : 'In the headset (gaze is off)')}
        {state.kind === 'failed' && state.message}
      </p>
      {(state.kind === 'ready' || state.kind === 'failed') && (
        <button type="button" className="button button--secondary" onClick={() => void enter()}>
          View in headset
        </button>
      )}
      {state.kind === 'running' && (
        <button type="button" className="button button--quiet" onClick={() => void showroom.current?.exit()}>
          Leave headset
        </button>
      )}
    </section>
  )
}
