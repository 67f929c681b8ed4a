import { describe, expect, it } from 'vitest'
import { TOKEN_STORAGE_KEY, tokenStore, type TokenStorage } from '../../../../src/studio/auth/tokenStore'

function memoryStorage(): TokenStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) }
}

describe('tokenStore', () => {
  it('keeps the token under its key and forgets it on clear', () => {
    const storage = memoryStorage()
    tokenStore.save('vtr_x', storage)
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('vtr_x')
    expect(tokenStore.read(storage)).toBe('vtr_x')
    tokenStore.clear(storage)
    expect(storage.data.size).toBe(0)
    expect(tokenStore.read(storage)).toBeUndefined()
  })

  it('uses sessionStorage by default and never localStorage', () => {
    const session = memoryStorage()
    const local = memoryStorage()
    const g = globalThis as { sessionStorage?: TokenStorage; localStorage?: TokenStorage }
    g.sessionStorage = session
    g.localStorage = local
    try {
      tokenStore.save('vtr_y')
      expect(session.data.get(TOKEN_STORAGE_KEY)).toBe('vtr_y')
      expect(local.data.size).toBe(0)
    } finally {
      delete g.sessionStorage
      delete g.localStorage
    }
  })

  it('treats blocked storage as no storage instead of failing', () => {
    const blocked: TokenStorage = {
      getItem: () => { throw new Error('SecurityError') },
      setItem: () => { throw new Error('QuotaExceededError') },
      removeItem: () => { throw new Error('SecurityError') },
    }
    expect(() => tokenStore.save('vtr_z', blocked)).not.toThrow()
    expect(tokenStore.read(blocked)).toBeUndefined()
    expect(() => tokenStore.clear(blocked)).not.toThrow()
  })
})
