/** The moment between two visitors while the last visit is erased. */
export function WipingScreen() {
  return (
    <section className="kiosk-wiping" role="status" aria-live="polite">
      <p>Erasing this visit…</p>
    </section>
  )
}
