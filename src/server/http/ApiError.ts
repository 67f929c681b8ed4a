/**
 * An error the API answers with `{ error: { code, message, details } }`. `code` is specific and
 * stable (clients branch on it); `message` is one sentence for a person; `details` carries the
 * issues or the figures involved.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The same 404 for "does not exist" and "belongs to another brand", so ids leak nothing. */
export function notFound(what: string): ApiError {
  return new ApiError(404, 'not_found', `no ${what} with this id`)
}
