import { describe, expect, it } from 'vitest'
import { WipeRegistry, type Wiper } from '../../../src/core/kiosk/WipeRegistry'
import { registerKioskWipers } from '../../../src/kiosk/wipe/registerKioskWipers'

/** A camera track: `stop()` ends it, unless it is stuck. */
function track(label: string, stuck = false) {
  const t = { label, id: label, readyState: 'live' as MediaStreamTrackState, stop: () => void (stuck || (t.readyState = 'ended')) }
  return t
}
type FakeTrack = ReturnType<typeof track>

/** The kiosk's camera wiper alone (the others reach browser storage and the shared BLE monitor). */
async function wipeCamera(tracks: FakeTrack[]) {
  const registered = new Map<string, Wiper>()
  registerKioskWipers({ register: (name: string, wiper: Wiper) => (registered.set(name, wiper), () => undefined) } as unknown as WipeRegistry, {
    faceSession: () => ({ stop: () => tracks[0]?.stop() }) as never,
    stopPresenceCamera: () => tracks[1]?.stop(),
    cameraTracks: () => tracks as unknown as MediaStreamTrack[],
    ledger: () => undefined,
  })
  const camera = new WipeRegistry()
  camera.register('camera', registered.get('camera')!)
  return camera.wipeAll(() => 0)
}

describe('the kiosk camera wiper', () => {
  it('passes once every camera track the visit opened has ended', async () => {
    const tracks = [track('try-on'), track('presence')]
    expect((await wipeCamera(tracks)).failed).toEqual([])
    expect(tracks.map((t) => t.readyState)).toEqual(['ended', 'ended'])
  })

  it('fails the wipe when a camera track is still live after it', async () => {
    const report = await wipeCamera([track('try-on'), track('presence', true)])
    expect(report.failed).toEqual([{ name: 'camera', message: '1 camera track(s) still live after the wipe: presence' }])
  })
})
