/** Called after a change with the new and the previous state. */
export type StoreListener<T> = (state: T, previous: T) => void

/** A tiny vanilla store (zustand's vanilla shape, no React): read, replace, subscribe. */
export interface Store<T> {
  getState(): T
  /** Replaces the state (or maps it); a value `Object.is`-equal to the current one notifies nobody. */
  setState(next: T | ((previous: T) => T)): void
  /** Returns the unsubscribe function. */
  subscribe(listener: StoreListener<T>): () => void
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial
  const listeners = new Set<StoreListener<T>>()
  return {
    getState: () => state,
    setState(next) {
      const value = typeof next === 'function' ? (next as (previous: T) => T)(state) : next
      if (Object.is(value, state)) return
      const previous = state
      state = value
      for (const listener of listeners) listener(state, previous)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
