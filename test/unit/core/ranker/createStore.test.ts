import { describe, expect, it, vi } from 'vitest'
import { createStore } from '../../../../src/core/ranker/createStore'

// The store is vanilla: with React mocked away it still works.
vi.mock('react', () => ({}))

describe('createStore', () => {
  it('notifies subscribers with the new and previous state on a change', () => {
    const store = createStore({ n: 1 })
    const calls: [number, number][] = []
    store.subscribe((s, p) => calls.push([s.n, p.n]))
    store.setState({ n: 2 })
    store.setState((s) => ({ n: s.n + 1 }))
    expect(calls).toEqual([[2, 1], [3, 2]])
    expect(store.getState()).toEqual({ n: 3 })
  })

  it('notifies nobody for an Object.is-equal update', () => {
    const state = { n: 1 }
    const store = createStore(state)
    const listener = vi.fn()
    store.subscribe(listener)
    store.setState(state)
    store.setState((s) => s)
    expect(listener).not.toHaveBeenCalled()
  })

  it('stops notifying after unsubscribe', () => {
    const store = createStore(0)
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    unsubscribe()
    store.setState(1)
    expect(listener).not.toHaveBeenCalled()
  })
})
