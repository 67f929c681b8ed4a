import type { FastifyInstance } from 'fastify'
import { SECURITY_HEADERS } from '../../core/privacy/contentSecurityPolicy'

/** Headers on every response: the app's own CSP and security headers, plus API-specific ones. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/** Adds {@link API_HEADERS} to every response; responses that set no caching are `no-store` (they may carry a brand's data). */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(API_HEADERS)) reply.header(name, value)
    if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store')
    return payload
  })
}
