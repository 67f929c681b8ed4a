import { afterEach, describe, expect, it, vi } from 'vitest'
import { GattQueue } from '../../../../../src/core/signals/ble/GattQueue'
import { GattQueueError } from '../../../../../src/core/signals/ble/GattQueueError'

/** An operation that settles only when the test says so, recording when it started. */
function deferred<T>(log: string[], name: string) {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return {
    operation: () => {
      log.push(`start ${name}`)
      return promise
    },
    resolve,
    reject,
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

afterEach(() => vi.useRealTimers())

describe('GattQueue', () => {
  it('runs one operation at a time, in queue order', async () => {
    const log: string[] = []
    const queue = new GattQueue()
    const a = deferred<string>(log, 'a')
    const b = deferred<string>(log, 'b')
    const c = deferred<string>(log, 'c')
    const results = [queue.run('a', a.operation), queue.run('b', b.operation), queue.run('c', c.operation)]
    await flush()
    expect(log).toEqual(['start a'])
    expect(queue.size).toBe(3)
    b.resolve('B') // settling a later one early changes nothing: it has not started
    await flush()
    expect(log).toEqual(['start a'])
    a.resolve('A')
    await flush()
    expect(log).toEqual(['start a', 'start b', 'start c'])
    c.resolve('C')
    await expect(Promise.all(results)).resolves.toEqual(['A', 'B', 'C'])
    expect(queue.size).toBe(0)
    expect(queue.busy).toBe(false)
  })

  it("rejects only the failing operation with its own error, and goes on", async () => {
    const queue = new GattQueue()
    const failure = new DOMException('GATT Server is disconnected.', 'NetworkError')
    const first = queue.run('read', () => Promise.reject(failure))
    const second = queue.run('write', async () => 'written')
    await expect(first).rejects.toBe(failure)
    await expect(second).resolves.toBe('written')
  })

  it('treats an operation that throws synchronously like one that rejects', async () => {
    const queue = new GattQueue()
    const first = queue.run('bad', () => {
      throw new TypeError('no characteristic')
    })
    await expect(first).rejects.toThrow('no characteristic')
    await expect(queue.run('next', async () => 1)).resolves.toBe(1)
  })

  it('times out a hung operation with a named error and moves on', async () => {
    vi.useFakeTimers()
    const queue = new GattQueue(5000)
    const hung = queue.run('read Battery Level', () => new Promise<never>(() => undefined))
    const next = queue.run('read Body Sensor Location', async () => 'chest')
    const assertion = expect(hung).rejects.toThrow('[vitrine/ble] GATT operation "read Battery Level" timed out after 5000 ms')
    await vi.advanceTimersByTimeAsync(4999)
    expect(queue.size).toBe(2)
    await vi.advanceTimersByTimeAsync(1)
    await assertion
    await expect(next).resolves.toBe('chest')
    const error = await hung.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GattQueueError)
    expect(error).toMatchObject({ code: 'timeout', operation: 'read Battery Level' })
  })

  it('clear() rejects waiting operations, never starts them, and lets the running one finish', async () => {
    const log: string[] = []
    const queue = new GattQueue()
    const running = deferred<string>(log, 'running')
    const first = queue.run('running', running.operation)
    const waiting = queue.run('waiting', async () => {
      log.push('start waiting')
      return 'never'
    })
    queue.clear('the sensor disconnected')
    await expect(waiting).rejects.toThrow('[vitrine/ble] GATT operation "waiting" was cancelled: the sensor disconnected')
    await expect(waiting.catch((e: unknown) => (e as GattQueueError).code)).resolves.toBe('cleared')
    running.resolve('done')
    await expect(first).resolves.toBe('done')
    expect(log).toEqual(['start running'])
    await expect(queue.run('after', async () => 'ok')).resolves.toBe('ok')
  })

  it('rejects a timeout that is not a positive number', () => {
    expect(() => new GattQueue(0)).toThrow('[vitrine/ble] GattQueue: timeoutMs must be > 0 (got 0)')
  })
})
