import { describe, expect, it, vi } from 'vitest'
import { ConsentLedger } from '../../../../src/core/privacy/ConsentLedger'
import { DEFAULT_CONSENT_NOTICES, withNoticeOverrides } from '../../../../src/core/privacy/consentNotices'
import { CONSENT_PURPOSES } from '../../../../src/core/privacy/consentTypes'

const at = (iso: string) => new Date(iso)

describe('ConsentLedger', () => {
  it('starts with nothing allowed', () => {
    const ledger = new ConsentLedger()
    for (const purpose of CONSENT_PURPOSES) expect(ledger.isGranted(purpose)).toBe(false)
  })

  it('keeps each purpose separate and records a receipt with the notice version', () => {
    const ledger = new ConsentLedger()
    ledger.grant('gaze', at('2026-11-29T10:00:00Z'))
    expect(ledger.isGranted('gaze')).toBe(true)
    expect(ledger.isGranted('heartRate')).toBe(false)
    expect(ledger.history()).toEqual([{ purpose: 'gaze', noticeVersion: DEFAULT_CONSENT_NOTICES.gaze.version, grantedAt: '2026-11-29T10:00:00.000Z' }])
  })

  it('withdraws, keeps the history and allows granting again', () => {
    const ledger = new ConsentLedger()
    ledger.grant('heartRate', at('2026-11-29T10:00:00Z'))
    ledger.withdraw('heartRate', at('2026-11-29T10:05:00Z'))
    expect(ledger.isGranted('heartRate')).toBe(false)
    ledger.grant('heartRate', at('2026-11-29T10:06:00Z'))
    expect(ledger.isGranted('heartRate')).toBe(true)
    expect(ledger.history().map((r) => r.withdrawnAt)).toEqual(['2026-11-29T10:05:00.000Z', undefined])
  })

  it('asks again when the notice changed since the grant', () => {
    const old = new ConsentLedger()
    old.grant('camera')
    const reworded = withNoticeOverrides({ camera: { why: 'To show frames on your face.', version: '2027-01-01.1' } })
    const ledger = new ConsentLedger(reworded, old.history())
    expect(ledger.isGranted('camera')).toBe(false)
  })

  it('refuses a reworded notice that keeps its version', () => {
    expect(() => withNoticeOverrides({ gaze: { what: 'Your eyes.' } })).toThrow(/without a new version/)
  })

  it('notifies on change only, and clear forgets everything', () => {
    const ledger = new ConsentLedger()
    const listener = vi.fn()
    const unsubscribe = ledger.subscribe(listener)
    ledger.grant('expression')
    ledger.grant('expression')
    ledger.withdraw('gaze')
    expect(listener).toHaveBeenCalledTimes(1)
    ledger.clear()
    expect(ledger.history()).toEqual([])
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
    ledger.grant('gaze')
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('receipts hold no more than purpose, version and times', () => {
    const ledger = new ConsentLedger()
    ledger.grant('camera')
    ledger.withdraw('camera')
    for (const receipt of ledger.history()) {
      expect(Object.keys(receipt).sort()).toEqual(['grantedAt', 'noticeVersion', 'purpose', 'withdrawnAt'])
    }
  })
})

describe('default notices', () => {
  it('say what, why, where, how long and how to stop for every purpose', () => {
    for (const purpose of CONSENT_PURPOSES) {
      const notice = DEFAULT_CONSENT_NOTICES[purpose]
      for (const field of ['what', 'why', 'where', 'howLong', 'howToStop', 'allowLabel'] as const) {
        expect(notice[field].length, `${purpose}.${field}`).toBeGreaterThan(5)
      }
    }
  })
})
