import { describe, expect, it } from 'vitest'
import { sessionWipers } from '../../../../src/core/kiosk/sessionWipers'
import { WipeRegistry } from '../../../../src/core/kiosk/WipeRegistry'

const clock = () => {
  let t = 0
  return () => (t += 5)
}

describe('WipeRegistry', () => {
  it('runs every wiper in registration order, waiting for each', async () => {
    const registry = new WipeRegistry()
    const order: string[] = []
    registry.register('ranker', () => void order.push('ranker'))
    registry.register('storage', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      order.push('storage')
    })
    registry.register('mood', () => void order.push('mood'))
    const report = await registry.wipeAll(clock())
    expect(order).toEqual(['ranker', 'storage', 'mood'])
    expect(report).toEqual({ ran: ['ranker', 'storage', 'mood'], failed: [], durationMs: 5 })
  })

  it('keeps wiping after a wiper fails and names the failures', async () => {
    const registry = new WipeRegistry()
    let moodWiped = false
    registry.register('storage', () => Promise.reject(new Error('IndexedDB is blocked')))
    registry.register('camera', () => {
      throw new TypeError('no track')
    })
    registry.register('mood', () => {
      moodWiped = true
    })
    const report = await registry.wipeAll(clock())
    expect(moodWiped).toBe(true)
    expect(report.ran).toEqual(['storage', 'camera', 'mood'])
    expect(report.failed).toEqual([
      { name: 'storage', message: 'IndexedDB is blocked' },
      { name: 'camera', message: 'no track' },
    ])
  })

  it('lets a holder unregister, and a stale unregister does not remove a newer wiper of the same name', async () => {
    const registry = new WipeRegistry()
    const first = registry.register('camera', () => undefined)
    first()
    const second = () => undefined
    registry.register('camera', second)
    first()
    expect(registry.names()).toEqual(['camera'])
    expect((await registry.wipeAll(clock())).ran).toEqual(['camera'])
  })

  it('refuses a second wiper under a taken name, and a nameless one', () => {
    const registry = new WipeRegistry()
    registry.register('ranker', () => undefined)
    expect(() => registry.register('ranker', () => undefined)).toThrow(/'ranker' is already registered/)
    expect(() => registry.register('', () => undefined)).toThrow(/needs a name/)
  })

  it('is shared through sessionWipers, so stores outside React can plug in', async () => {
    let wiped = 0
    const unregister = sessionWipers.register('test-store', () => void wiped++)
    expect(sessionWipers.names()).toContain('test-store')
    await sessionWipers.wipeAll(clock())
    unregister()
    expect(wiped).toBe(1)
    expect(sessionWipers.names()).not.toContain('test-store')
  })
})
