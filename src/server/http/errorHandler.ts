import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { ApiError } from './ApiError'

/** The body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> }
}

const FULL_DISK = new Set(['ENOSPC', 'EDQUOT'])

function validationIssues(error: FastifyError): { path: string; message: string }[] {
  return (error.validation ?? []).map((v) => {
    const missing = v.keyword === 'required' ? (v.params as { missingProperty?: string }).missingProperty : undefined
    const path = [v.instancePath.replace(/^\//, '').replaceAll('/', '.'), missing].filter(Boolean).join('.')
    return { path, message: missing ? 'missing required field' : v.message ?? 'invalid' }
  })
}

/** Turns any error into an ApiError: ours as is, Fastify's and the system's mapped to a specific code. */
export function toApiError(error: FastifyError | ApiError | Error, jsonLimitBytes: number): ApiError {
  if (error instanceof ApiError) return error
  const e = error as FastifyError & { code?: string }
  if (e.validation) {
    const issues = validationIssues(e)
    const where = e.validationContext === 'body' ? 'body' : e.validationContext ?? 'request'
    return new ApiError(400, 'invalid_request', `invalid ${where}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`, { issues })
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', 'unsupported Content-Type: send JSON as application/json and GLB files as model/gltf-binary')
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'payload_too_large', `the JSON body is larger than the limit of ${jsonLimitBytes} bytes`, { limitBytes: jsonLimitBytes })
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'invalid_json', 'the body is empty; expected a JSON object')
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'invalid_json', `the body is not valid JSON: ${e.message}`)
  }
  if (e instanceof SyntaxError || e.statusCode === 400) return new ApiError(400, 'invalid_json', `the body is not valid JSON: ${e.message}`)
  if (e.code && FULL_DISK.has(e.code)) {
    return new ApiError(507, 'insufficient_storage', 'the server has no disk space left to store this asset; nothing was stored, try again later')
  }
  return new ApiError(500, 'internal_error', 'the server failed to handle this request; it has been logged')
}

/** Fastify error handler: logs server faults, answers the error body. */
export function errorHandler(jsonLimitBytes: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const api = toApiError(error, jsonLimitBytes)
    if (api.statusCode >= 500) request.log.error({ err: error }, api.message)
    const body: ErrorBody = { error: { code: api.code, message: api.message, details: api.details } }
    if (api.statusCode === 401) reply.header('WWW-Authenticate', 'Bearer realm="vitrine"')
    // The rest of an oversized body is not read: the connection closes after this answer.
    if (api.statusCode === 413) reply.header('Connection', 'close')
    return reply.status(api.statusCode).send(body)
  }
}
