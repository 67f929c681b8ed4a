import type { KioskEvent, KioskState } from './kioskTypes'

/** The idle timings the transitions need, ms. */
export interface KioskTiming {
  idleMs: number
  countdownMs: number
}

/** The machine's events with face checks already debounced into presence. */
export type KioskTransitionEvent = Exclude<KioskEvent, { type: 'face' }> | { type: 'presence'; present: boolean; at: number }

/** Where a kiosk page picks up from the page before it (a handoff after a wipe). */
export interface KioskResume {
  /** Visits started and wiped so far. */
  visits: number
  /** Someone is in front of the screen. */
  present: boolean
}

/**
 * A kiosk at `at` on the attract screen: a fresh one (nobody there, nothing counted), or, with
 * `resume`, one that continues the count of a page that ended a visit and handed over.
 */
export function initialKioskState(at: number, resume?: KioskResume): KioskState {
  const visits = resume?.visits ?? 0
  return {
    phase: 'attract', sessionId: visits, phaseSince: at, lastActivityAt: at, countdownEndsAt: undefined,
    resumePhase: undefined, present: resume?.present ?? false, sessionsStarted: visits, wipesDone: visits,
  }
}

function startVisit(s: KioskState, at: number, present: boolean): KioskState {
  return { ...s, phase: 'consent', sessionId: s.sessionId + 1, sessionsStarted: s.sessionsStarted + 1, phaseSince: at, lastActivityAt: at, present }
}

function resume(s: KioskState, at: number, present: boolean): KioskState {
  return { ...s, phase: s.resumePhase ?? 'session', phaseSince: at, lastActivityAt: at, countdownEndsAt: undefined, resumePhase: undefined, present }
}

function wipe(s: KioskState, at: number): KioskState {
  return { ...s, phase: 'wiping', phaseSince: at, countdownEndsAt: undefined, resumePhase: undefined }
}

/**
 * The kiosk loop as a pure function: returns the next state, or the same object when nothing
 * changes (so listeners are told only about real changes).
 *
 * - attract: someone arriving (presence rising) or a touch starts a visit (consent, new session id).
 *   A face already there when attract begins does not: whoever just pressed End must step away
 *   or touch to start again.
 * - consent / session: a touch is activity; someone leaving marks the start of idleness; no face
 *   and no touch for `idleMs` starts the countdown.
 * - countdown: a touch or a face coming back returns to where it was; at zero, wipe.
 * - End (declined, or the End button) wipes at once; the wipe's end returns to attract.
 */
export function kioskTransition(s: KioskState, e: KioskTransitionEvent, t: KioskTiming): KioskState {
  const { at } = e
  switch (e.type) {
    case 'presence': {
      if (e.present === s.present) return s
      if (!e.present) return s.phase === 'consent' || s.phase === 'session' ? { ...s, present: false, lastActivityAt: at } : { ...s, present: false }
      if (s.phase === 'attract') return startVisit(s, at, true)
      if (s.phase === 'countdown') return resume(s, at, true)
      return { ...s, present: true, lastActivityAt: at }
    }
    case 'touch':
      if (s.phase === 'attract') return startVisit(s, at, s.present)
      if (s.phase === 'countdown') return resume(s, at, s.present)
      if (s.phase === 'consent' || s.phase === 'session') return { ...s, lastActivityAt: at }
      return s
    case 'consented':
      if (s.phase === 'consent' || (s.phase === 'countdown' && s.resumePhase === 'consent')) {
        return { ...s, phase: 'session', phaseSince: at, lastActivityAt: at, countdownEndsAt: undefined, resumePhase: undefined }
      }
      return s
    case 'end':
      return s.phase === 'consent' || s.phase === 'session' || s.phase === 'countdown' ? wipe(s, at) : s
    case 'wiped':
      return s.phase === 'wiping' ? { ...s, phase: 'attract', phaseSince: at, lastActivityAt: at, wipesDone: s.wipesDone + 1 } : s
    case 'tick':
      if ((s.phase === 'consent' || s.phase === 'session') && !s.present && at - s.lastActivityAt >= t.idleMs) {
        return { ...s, phase: 'countdown', phaseSince: at, countdownEndsAt: at + t.countdownMs, resumePhase: s.phase }
      }
      if (s.phase === 'countdown' && s.countdownEndsAt !== undefined && at >= s.countdownEndsAt) return wipe(s, at)
      return s
  }
}
