/**
 * Refuses, inside this global scope, any fetch to another origin before it reaches the network.
 *
 * @mediapipe/tasks-vision posts usage logs to a Google endpoint once a minute. The page's CSP
 * (`connect-src 'self'`) already blocks that; this guard makes the refusal local and quiet, and
 * keeps holding if the app is ever served without its CSP. Nothing biometric is in those logs, but
 * a shopper-facing kit makes no third-party request at all.
 */
export function installSameOriginFetchGuard(scope: { fetch: typeof fetch; location: { origin: string } }): void {
  const originalFetch = scope.fetch.bind(scope)
  const origin = scope.location.origin
  scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), origin)
    if (url.origin !== origin) {
      return Promise.reject(new TypeError(`Vitrine: blocked a request to ${url.origin}; only ${origin} is allowed`))
    }
    return originalFetch(input, init)
  }
}
