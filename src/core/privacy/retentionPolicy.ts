/** One section of the public retention-and-destruction policy. */
export interface PolicySection {
  heading: string
  body: string
}

/**
 * The public written policy a deploying retailer publishes with the kit (Illinois BIPA 740 ILCS
 * 14/15(a) asks for a retention schedule and destruction guidelines available to the public;
 * GDPR art. 13 for the information given at collection). Versioned like the notices.
 */
export interface RetentionPolicy {
  version: string
  /** Who is responsible (the deploying retailer), shown in the heading. */
  controller: string
  /** How to reach them about privacy. */
  contact: string
  sections: readonly PolicySection[]
}

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = {
  version: '2026-11-29.1',
  controller: 'The store running this try-on',
  contact: 'Ask a member of staff, or write to the store.',
  sections: [
    {
      heading: 'What is processed',
      body: 'With your permission only: your camera image and the geometry of your face (to place products on it); if you choose, your heart rate and the time between beats from a wearable, where you look on the screen or in a headset, and your facial expression. Each is asked for separately.',
    },
    {
      heading: 'Why',
      body: 'To show products on your face, and, if you allow it, to order suggestions for you. Never to identify you, never for advertising elsewhere, never sold, leased, traded or otherwise profited from.',
    },
    {
      heading: 'Where it stays',
      body: 'On the device in front of you. Camera images, face geometry, heart data, gaze and expression are processed in the page and are never sent to any server, ours or anyone else\u2019s. The page is technically prevented from connecting to other servers (a Content-Security-Policy), and our tests check every request it makes.',
    },
    {
      heading: 'How long it is kept (retention schedule)',
      body: 'Biometric data is held in memory only while you use the try-on, and is destroyed when you stop, withdraw a permission, close the page, or, on an in-store screen, when the session ends (after a short idle time, with a visible countdown). It is never written to disk. If you choose "Remember me on this device", only your likes, skips and stated preferences are kept in this browser, never biometric data, until you press Forget all or switch it off.',
    },
    {
      heading: 'How it is destroyed',
      body: 'Stopping a signal stops its device at once (the camera switches off; the wearable is disconnected) and drops what the page held of it. Forget all, or the end of an in-store session, also empties this site\u2019s storage in the browser.',
    },
    {
      heading: 'Your choices',
      body: 'Every signal is optional and can be switched off at any time from the page. The privacy centre shows what the page holds about you right now, lets you export it as a file, and forget all of it in one step. You can view a receipt of every permission you gave.',
    },
  ],
}

/** Why a retailer's privacy configuration was refused, with the JSON path at fault. */
export class PrivacyConfigError extends Error {
  override name = 'PrivacyConfigError'
}

/** A retailer's wording for the policy, checked; missing fields keep the kit's defaults. */
export function readRetentionPolicy(json: unknown, base: RetentionPolicy = DEFAULT_RETENTION_POLICY): RetentionPolicy {
  if (json === undefined || json === null) return base
  if (typeof json !== 'object' || Array.isArray(json)) throw new PrivacyConfigError('policy: expected an object')
  const o = json as Record<string, unknown>
  const text = (key: string): string | undefined => {
    const v = o[key]
    if (v === undefined) return undefined
    if (typeof v !== 'string' || v.trim() === '') throw new PrivacyConfigError(`policy.${key}: expected a non-empty string`)
    return v
  }
  const version = text('version')
  const controller = text('controller')
  const contact = text('contact')
  let sections = base.sections
  if (o.sections !== undefined) {
    if (!Array.isArray(o.sections) || o.sections.length === 0) throw new PrivacyConfigError('policy.sections: expected a non-empty array')
    sections = o.sections.map((s: unknown, i) => {
      const section = s as Record<string, unknown> | null
      if (!section || typeof section.heading !== 'string' || typeof section.body !== 'string' || !section.heading.trim() || !section.body.trim()) {
        throw new PrivacyConfigError(`policy.sections[${i}]: expected { heading, body } with non-empty strings`)
      }
      return { heading: section.heading, body: section.body }
    })
  }
  const reworded = sections !== base.sections || controller !== undefined || contact !== undefined
  if (reworded && (version === undefined || version === base.version)) {
    throw new PrivacyConfigError('policy.version: the policy was reworded; give it a new version')
  }
  return { version: version ?? base.version, controller: controller ?? base.controller, contact: contact ?? base.contact, sections }
}
