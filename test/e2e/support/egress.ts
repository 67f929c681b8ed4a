import { expect, type Page, type Request } from '@playwright/test'

/** Records every request a page makes, to prove nothing leaves the device. */
export class EgressLog {
  readonly foreign: string[] = []
  readonly withBody: string[] = []
  readonly all: string[] = []

  constructor(private readonly origin: string) {}

  watch(page: Page): void {
    page.on('request', (request) => this.record(request))
    // Workers' requests (the face worker loads MediaPipe and the model) count too.
    page.context().on('request', (request) => this.record(request))
  }

  private record(request: Request): void {
    const url = request.url()
    if (this.all.includes(url) && request.method() === 'GET') return
    this.all.push(url)
    const { protocol, origin } = new URL(url)
    if ((protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') && origin !== this.origin) {
      this.foreign.push(`${request.method()} ${url}`)
    }
    if (request.postDataBuffer()?.length) this.withBody.push(`${request.method()} ${url}`)
  }

  /** Fails the test when the page reached another origin or sent a body anywhere. */
  assertClean(): void {
    expect(this.foreign, 'requests to another origin').toEqual([])
    expect(this.withBody, 'requests carrying a body').toEqual([])
  }
}
