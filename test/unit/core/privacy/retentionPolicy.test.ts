import { describe, expect, it } from 'vitest'
import { DEFAULT_RETENTION_POLICY, readRetentionPolicy } from '../../../../src/core/privacy/retentionPolicy'

describe('readRetentionPolicy', () => {
  it('keeps the defaults when the retailer configures nothing', () => {
    expect(readRetentionPolicy(undefined)).toBe(DEFAULT_RETENTION_POLICY)
  })

  it("takes a retailer's wording with a new version", () => {
    const p = readRetentionPolicy({ version: 'acme-1', controller: 'ACME Optics', contact: 'privacy@acme.example' })
    expect(p.controller).toBe('ACME Optics')
    expect(p.sections).toBe(DEFAULT_RETENTION_POLICY.sections)
  })

  it('refuses rewording without a new version, and bad sections with their path', () => {
    expect(() => readRetentionPolicy({ controller: 'ACME' })).toThrow(/policy.version/)
    expect(() => readRetentionPolicy({ version: 'x', sections: [{ heading: 'A', body: '' }] })).toThrow(/policy.sections\[0\]/)
    expect(() => readRetentionPolicy({ version: 'x', contact: 3 })).toThrow(/policy.contact/)
    expect(() => readRetentionPolicy([])).toThrow(/expected an object/)
  })

  it('states a retention schedule and destruction, as BIPA asks', () => {
    const headings = DEFAULT_RETENTION_POLICY.sections.map((s) => s.heading)
    expect(headings.some((h) => /retention schedule/i.test(h))).toBe(true)
    expect(headings.some((h) => /destroyed/i.test(h))).toBe(true)
  })
})
