/** The key the brand token is kept under in the studio tab's sessionStorage. */
export const TOKEN_STORAGE_KEY = 'vitrine.studio.token'

/** The storage the token lives in: sessionStorage only (this tab, gone when it closes), never localStorage. */
export interface TokenStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/**
 * Keeps the brand token for this tab: survives a reload, not a closed tab, never shared with other
 * tabs or written to disk for good. Storage that is unavailable (private mode, blocked) just means
 * signing in again after a reload.
 */
export const tokenStore = {
  read(storage: TokenStorage | undefined = sessionStorageOrUndefined()): string | undefined {
    try {
      return storage?.getItem(TOKEN_STORAGE_KEY) ?? undefined
    } catch {
      return undefined
    }
  },
  save(token: string, storage: TokenStorage | undefined = sessionStorageOrUndefined()): void {
    try {
      storage?.setItem(TOKEN_STORAGE_KEY, token)
    } catch {
      // Blocked storage: the token stays in memory for this page only.
    }
  },
  clear(storage: TokenStorage | undefined = sessionStorageOrUndefined()): void {
    try {
      storage?.removeItem(TOKEN_STORAGE_KEY)
    } catch {
      // Nothing was stored.
    }
  },
}

function sessionStorageOrUndefined(): TokenStorage | undefined {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined
  }
}
