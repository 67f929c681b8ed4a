/**
 * The few service-worker types the kiosk worker uses. The project compiles against the DOM lib
 * (not WebWorker, which would clash with it), so they are declared here.
 */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}

export interface FetchEvent extends ExtendableEvent {
  readonly request: Request
  respondWith(response: Response | Promise<Response>): void
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown
  readonly source: { postMessage(message: unknown): void } | null
}

export interface ServiceWorkerScope {
  readonly location: Location
  readonly clients: {
    claim(): Promise<void>
    matchAll(options?: { includeUncontrolled?: boolean; type?: 'window' | 'worker' | 'all' }): Promise<{ postMessage(message: unknown): void }[]>
  }
  skipWaiting(): Promise<void>
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void
}
