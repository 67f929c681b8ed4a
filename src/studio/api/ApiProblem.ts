/** One field-level problem the service names (`details.issues`), e.g. `{ path: 'price.currency', message }`. */
export interface ProblemIssue {
  path?: string
  code?: string
  severity?: string
  message: string
  pointer?: string
  source?: string
}

/** Codes the studio adds for failures that never reached the service's error format. */
export type ClientProblemCode = 'network' | 'bad_response' | 'aborted'

/**
 * A failed call, in the service's error format `{ error: { code, message, details } }`, or a
 * client-side failure (`status` 0: the service could not be reached, the upload was cancelled).
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'ApiProblem'
  }

  /** The per-field or per-check issues of the error, when the service listed them. */
  get issues(): ProblemIssue[] {
    const issues = this.details.issues
    return Array.isArray(issues) ? (issues as ProblemIssue[]).filter((i) => typeof i?.message === 'string') : []
  }

  /** True when the token is missing, mistyped, rotated or revoked: the studio signs out. */
  get unauthorised(): boolean {
    return this.status === 401
  }

  /** Builds the problem from a response status and its (possibly unparsable) body text. */
  static fromResponse(status: number, bodyText: string, what: string): ApiProblem {
    try {
      const body = JSON.parse(bodyText) as { error?: { code?: unknown; message?: unknown; details?: unknown } }
      const e = body.error
      if (e && typeof e.code === 'string' && typeof e.message === 'string') {
        const details = e.details && typeof e.details === 'object' ? (e.details as Record<string, unknown>) : {}
        return new ApiProblem(status, e.code, e.message, details)
      }
    } catch {
      // Not JSON: a proxy or a crashed service answered; say so below.
    }
    if (status === 502 || status === 503 || status === 504 || status === 500) {
      return new ApiProblem(status, 'network', `the catalog service did not answer ${what} (HTTP ${status}); check that it runs (npm start or npm run serve)`)
    }
    return new ApiProblem(status, 'bad_response', `the catalog service answered ${what} with HTTP ${status} and no readable error`)
  }

  /** The service could not be reached at all. */
  static unreachable(what: string, reason?: string): ApiProblem {
    return new ApiProblem(0, 'network', `the catalog service could not be reached for ${what}${reason ? ` (${reason})` : ''}; check that it runs (npm start or npm run serve)`)
  }
}
