import { expect, type Page, type Request } from '@playwright/test'

/**
 * The one place a request may carry a body: the brand studio page posting to the catalog service
 * (uploads, product changes). The shopper and kiosk pages, and service workers, never may.
 */
export const STUDIO_BODY_ALLOWANCE = { pagePath: '/studio/', requestPathPrefix: '/api/v1/' }

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
    if (request.postDataBuffer()?.length && !this.studioOwnRequest(request)) this.withBody.push(`${request.method()} ${url}`)
  }

  /** True for a request made by the studio page to the catalog service on this origin. */
  private studioOwnRequest(request: Request): boolean {
    let pageUrl: URL
    try {
      pageUrl = new URL(request.frame().url())
    } catch {
      return false // a service worker's request, or one whose frame is gone: no allowance
    }
    const target = new URL(request.url())
    return pageUrl.origin === this.origin && pageUrl.pathname === STUDIO_BODY_ALLOWANCE.pagePath
      && target.origin === this.origin && target.pathname.startsWith(STUDIO_BODY_ALLOWANCE.requestPathPrefix)
  }

  /** Fails the test when the page reached another origin or sent a body anywhere (the studio's own API calls aside). */
  assertClean(): void {
    expect(this.foreign, 'requests to another origin').toEqual([])
    expect(this.withBody, 'requests carrying a body').toEqual([])
  }
}
