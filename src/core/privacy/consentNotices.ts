import type { ConsentNotice, ConsentPurpose } from './consentTypes'

const ON_DEVICE = 'On this device only. Nothing is sent anywhere or saved.'
const SESSION = 'Only while this page is open; it is wiped when you leave or stop.'

/** The kit's default notices. Retailers reword them with {@link withNoticeOverrides}. */
export const DEFAULT_CONSENT_NOTICES: Readonly<Record<ConsentPurpose, ConsentNotice>> = {
  camera: {
    purpose: 'camera',
    version: '2026-11-29.1',
    title: 'Camera try-on',
    what: 'Your camera image and the geometry of your face (478 points that follow your features) to place products on it.',
    why: 'To show the products on your face as you move.',
    where: ON_DEVICE,
    howLong: SESSION,
    howToStop: 'Press Stop camera at any time; the camera switches off at once.',
    allowLabel: 'Allow camera',
  },
  heartRate: {
    purpose: 'heartRate',
    version: '2026-11-29.1',
    title: 'Heart rate',
    what: 'Heart rate and the time between beats from a wearable you connect.',
    why: 'To tell calm from excited moments, so suggestions can suit them.',
    where: ON_DEVICE,
    howLong: SESSION,
    howToStop: 'Press Disconnect; the wearable is disconnected at once.',
    allowLabel: 'Allow heart rate',
  },
  gaze: {
    purpose: 'gaze',
    version: '2026-11-29.1',
    title: 'Gaze',
    what: 'Where you look on the screen (or in a headset), worked out from your eyes and head in the camera image.',
    why: 'To notice which products hold your attention.',
    where: ON_DEVICE,
    howLong: SESSION,
    howToStop: 'Switch Gaze off; looking is no longer followed.',
    allowLabel: 'Allow gaze',
  },
  expression: {
    purpose: 'expression',
    version: '2026-11-29.1',
    title: 'Expression',
    what: 'How much you smile, frown, raise your brows or look surprised, from the camera image.',
    why: 'To notice what you react to, so suggestions can follow.',
    where: ON_DEVICE,
    howLong: SESSION,
    howToStop: 'Switch Expression off; your expression is no longer read.',
    allowLabel: 'Allow expression',
  },
  personalisation: {
    purpose: 'personalisation',
    version: '2026-11-29.1',
    title: 'Personal suggestions',
    what: 'What you try on, like, skip or look at, and the signals you allowed above.',
    why: 'To order the suggestions for you.',
    where: ON_DEVICE,
    howLong: SESSION,
    howToStop: 'Switch Personal suggestions off; you see the usual order again.',
    allowLabel: 'Personalise',
  },
  remember: {
    purpose: 'remember',
    version: '2026-11-29.1',
    title: 'Remember me on this device',
    what: 'Your likes, skips and stated preferences (never camera, face, heart or gaze data).',
    why: 'To keep your suggestions when you come back on this device.',
    where: "In this browser's own storage on this device. Nothing is sent anywhere.",
    howLong: 'Until you press Forget all, switch this off, or clear the browser.',
    howToStop: 'Switch this off or press Forget all; the saved data is deleted at once.',
    allowLabel: 'Remember me',
  },
}

/** The notices with a retailer's wording merged in; every reworded notice must carry a new version. */
export function withNoticeOverrides(
  overrides: Partial<Record<ConsentPurpose, Partial<Omit<ConsentNotice, 'purpose'>>>>,
  base: Readonly<Record<ConsentPurpose, ConsentNotice>> = DEFAULT_CONSENT_NOTICES,
): Record<ConsentPurpose, ConsentNotice> {
  const out = { ...base }
  for (const purpose of Object.keys(overrides) as ConsentPurpose[]) {
    const change = overrides[purpose]
    if (!change || !base[purpose]) continue
    const reworded = Object.keys(change).some((key) => key !== 'version')
    if (reworded && (!change.version || change.version === base[purpose].version)) {
      throw new Error(`[vitrine/privacy] the ${purpose} notice was reworded without a new version: give it one so shoppers are asked again`)
    }
    out[purpose] = { ...base[purpose], ...change, purpose }
  }
  return out
}
