import { useEffect, useState } from 'react'
import type { RenderStats } from '../render/renderStats'
import type { FaceSession } from '../vision/FaceSession'

interface Snapshot {
  fps: number
  trackMs: number
  latencyMs: number
  renderMs: number
  dropped: number
  sent: number
  backend: string
  delegate: string
  fallbackReason: string | undefined
}

const REFRESH_MS = 500

/** `?debug`: live figures, refreshed twice a second from the mutable stats (no per-frame React). */
export function DebugOverlay({ session, stats }: { session: FaceSession; stats: RenderStats }) {
  const [snapshot, setSnapshot] = useState<Snapshot | undefined>()
  useEffect(() => {
    let lastFrames = stats.frames
    let lastTime = performance.now()
    const timer = setInterval(() => {
      const now = performance.now()
      const t = session.tracker.stats
      setSnapshot({
        fps: ((stats.frames - lastFrames) * 1000) / (now - lastTime),
        trackMs: t.inferenceMs,
        latencyMs: t.latencyMs,
        renderMs: stats.renderMs,
        dropped: t.framesDropped,
        sent: t.framesSent,
        backend: stats.backend ?? '…',
        delegate: t.delegate ?? '…',
        fallbackReason: t.fallbackReason,
      })
      lastFrames = stats.frames
      lastTime = now
    }, REFRESH_MS)
    return () => clearInterval(timer)
  }, [session, stats])
  if (!snapshot) return null
  return (
    <dl className="debug" aria-label="Debug figures" data-testid="debug-overlay">
      <dt>fps</dt>
      <dd data-key="fps">{snapshot.fps.toFixed(1)}</dd>
      <dt>tracking</dt>
      <dd data-key="trackMs">{snapshot.trackMs.toFixed(1)} ms</dd>
      <dt>latency</dt>
      <dd data-key="latencyMs">{snapshot.latencyMs.toFixed(1)} ms</dd>
      <dt>render</dt>
      <dd data-key="renderMs">{snapshot.renderMs.toFixed(2)} ms</dd>
      <dt>drops</dt>
      <dd data-key="dropped">
        {snapshot.dropped} / {snapshot.sent + snapshot.dropped}
      </dd>
      <dt>renderer</dt>
      <dd data-key="backend">{snapshot.backend}</dd>
      <dt>delegate</dt>
      <dd data-key="delegate" title={snapshot.fallbackReason}>
        {snapshot.delegate}
        {snapshot.fallbackReason ? ` (${snapshot.fallbackReason})` : ''}
      </dd>
    </dl>
  )
}
