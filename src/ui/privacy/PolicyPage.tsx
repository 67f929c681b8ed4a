import { CONSENT_PURPOSES, type ConsentNotice, type ConsentPurpose } from '../../core/privacy/consentTypes'
import type { RetentionPolicy } from '../../core/privacy/retentionPolicy'

export interface PolicyPageProps {
  policy: RetentionPolicy
  notices: Readonly<Record<ConsentPurpose, ConsentNotice>>
}

/** The public retention-and-destruction policy, with every notice the app shows and its version. */
export function PolicyPage({ policy, notices }: PolicyPageProps) {
  return (
    <main className="policy">
      <h1>Privacy: biometric data retention and destruction policy</h1>
      <p className="policy__meta">
        Responsible: {policy.controller}. Contact: {policy.contact}. Policy version {policy.version}.
      </p>
      {policy.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          <p>{section.body}</p>
        </section>
      ))}
      <h2>The notices shown before each permission</h2>
      {CONSENT_PURPOSES.map((purpose) => {
        const n = notices[purpose]
        return (
          <section key={purpose} className="policy__notice" data-purpose={purpose}>
            <h3>
              {n.title} <small>(notice version {n.version})</small>
            </h3>
            <dl>
              <dt>What</dt>
              <dd>{n.what}</dd>
              <dt>Why</dt>
              <dd>{n.why}</dd>
              <dt>Where it stays</dt>
              <dd>{n.where}</dd>
              <dt>How long</dt>
              <dd>{n.howLong}</dd>
              <dt>How to stop</dt>
              <dd>{n.howToStop}</dd>
            </dl>
          </section>
        )
      })}
      <p>
        <a href="/">Back to the try-on</a>
      </p>
    </main>
  )
}
