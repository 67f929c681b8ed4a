import { describe, expect, it } from 'vitest'
import { SessionDataRegistry } from '../../../../src/core/privacy/SessionDataRegistry'

function holder(key: string, initial: number[], failWipe = false) {
  const data = [...initial]
  return {
    data,
    holder: {
      key,
      describe: () => (data.length ? `${data.length} items` : null),
      export: () => [...data],
      wipe: () => {
        if (failWipe) throw new Error('disk busy')
        data.length = 0
      },
    },
  }
}

describe('SessionDataRegistry', () => {
  it('lists only holders that hold something, and exports all', () => {
    const r = new SessionDataRegistry()
    r.register(holder('a', [1, 2]).holder)
    r.register(holder('b', []).holder)
    expect(r.describe()).toEqual([{ key: 'a', text: '2 items' }])
    expect(r.exportAll(new Date('2026-11-29T00:00:00Z'))).toEqual({ exportedAt: '2026-11-29T00:00:00.000Z', a: [1, 2], b: [] })
  })

  it('wipes every holder even when one fails, then names the failure', async () => {
    const r = new SessionDataRegistry()
    const a = holder('a', [1])
    const c = holder('c', [3])
    r.register(a.holder)
    r.register(holder('b', [2], true).holder)
    r.register(c.holder)
    await expect(r.wipeAll()).rejects.toThrow(/b: disk busy/)
    expect(a.data).toEqual([])
    expect(c.data).toEqual([])
  })

  it('refuses two holders with one key, and unregisters', () => {
    const r = new SessionDataRegistry()
    const off = r.register(holder('a', [1]).holder)
    expect(() => r.register(holder('a', [2]).holder)).toThrow(/already registered/)
    off()
    expect(r.describe()).toEqual([])
  })
})
