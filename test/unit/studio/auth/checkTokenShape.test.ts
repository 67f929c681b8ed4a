import { describe, expect, it } from 'vitest'
import { checkTokenShape } from '../../../../src/studio/auth/checkTokenShape'

const VALID = `vtr_${'A1_-'.repeat(10)}abc`

describe('checkTokenShape', () => {
  it('accepts a token of the shape the brand CLI prints', () => {
    expect(VALID).toHaveLength(47)
    expect(checkTokenShape(VALID)).toBeUndefined()
  })

  it('says what to paste when the field is empty', () => {
    expect(checkTokenShape('')).toMatch(/npm run brand -- create/)
  })

  it('names the prefix when something else was pasted', () => {
    expect(checkTokenShape('ghp_0123456789')).toBe('This is not a brand token: brand tokens start with "vtr_".')
  })

  it('gives the length found and expected for a token cut short', () => {
    expect(checkTokenShape(VALID.slice(0, 30))).toBe('The token is 30 characters long; a brand token has 47. Part of it may be missing: copy the whole last line again.')
  })

  it('points at a line break inside the token', () => {
    expect(checkTokenShape(`${VALID.slice(0, 20)}\n${VALID.slice(20)}`)).toMatch(/space or line break/)
  })

  it('refuses characters base64url never produces', () => {
    expect(checkTokenShape(`vtr_${'a'.repeat(42)}+`)).toMatch(/characters a brand token never has/)
  })
})
