import type { MoodEvidence, SignalEvidence } from './evidenceTypes'

function missing(): SignalEvidence {
  return { quality: 0, arousal: 0, valence: 0, attention: 0 }
}

/** A fresh evidence record with every signal missing (quality 0), to be filled in place. */
export function createMoodEvidence(): MoodEvidence {
  return { heartRate: missing(), hrv: missing(), expression: missing(), gaze: missing(), behaviour: missing() }
}
