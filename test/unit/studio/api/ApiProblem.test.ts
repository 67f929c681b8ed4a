import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../../../../src/studio/api/ApiProblem'

describe('ApiProblem.fromResponse', () => {
  it("keeps the service's code, message and issues", () => {
    const body = JSON.stringify({ error: { code: 'invalid_manifest', message: 'the product is not valid: price.currency: expected…', details: { issues: [{ path: 'price.currency', message: 'expected…' }] } } })
    const problem = ApiProblem.fromResponse(422, body, 'the new product')
    expect(problem).toMatchObject({ status: 422, code: 'invalid_manifest', message: 'the product is not valid: price.currency: expected…' })
    expect(problem.issues).toEqual([{ path: 'price.currency', message: 'expected…' }])
    expect(problem.unauthorised).toBe(false)
  })

  it('marks a refused token so the studio signs out', () => {
    const body = JSON.stringify({ error: { code: 'invalid_token', message: 'the bearer token is not valid', details: {} } })
    expect(ApiProblem.fromResponse(401, body, 'the product list').unauthorised).toBe(true)
  })

  it('says the service is not answering when a proxy answers 502 with no JSON', () => {
    const problem = ApiProblem.fromResponse(502, '', 'the product list')
    expect(problem.code).toBe('network')
    expect(problem.message).toBe('the catalog service did not answer the product list (HTTP 502); check that it runs (npm start or npm run serve)')
  })

  it('names an unreadable error answer', () => {
    expect(ApiProblem.fromResponse(418, '<html>', 'the upload').message).toBe('the catalog service answered the upload with HTTP 418 and no readable error')
  })

  it('ignores malformed issue lists', () => {
    const body = JSON.stringify({ error: { code: 'x', message: 'y', details: { issues: [{ nope: 1 }, { message: 'kept' }] } } })
    expect(ApiProblem.fromResponse(400, body, 'x').issues).toEqual([{ message: 'kept' }])
  })
})
