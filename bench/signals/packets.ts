/**
 * A realistic mix of Heart Rate Measurement packets (GATT 0x2A37), as straps send them once a
 * second: mostly 8-bit bpm with contact and one or two RR intervals, some with energy expended,
 * some without RR (optical bands), a few 16-bit values and no-contact packets.
 */
const MIX: readonly { share: number; flags: number; rr: number }[] = [
  { share: 0.45, flags: 0x16, rr: 1 }, // uint8 bpm, contact, 1 RR
  { share: 0.2, flags: 0x16, rr: 2 }, // uint8 bpm, contact, 2 RR
  { share: 0.1, flags: 0x1e, rr: 1 }, // + energy expended
  { share: 0.05, flags: 0x1e, rr: 2 },
  { share: 0.1, flags: 0x06, rr: 0 }, // contact, no RR
  { share: 0.05, flags: 0x17, rr: 1 }, // uint16 bpm
  { share: 0.05, flags: 0x04, rr: 0 }, // contact supported, not detected
]

/** `count` packets drawn from the mix with `random` (seeded by the caller). */
export function packetMix(count: number, random: () => number): DataView[] {
  const out: DataView[] = []
  for (let i = 0; i < count; i++) {
    let pick = random()
    const kind = MIX.find((k) => (pick -= k.share) < 0) ?? MIX[0]!
    const bpm = 55 + Math.floor(random() * 70)
    const bytes: number[] = [kind.flags]
    if (kind.flags & 0x01) bytes.push(bpm & 0xff, bpm >> 8)
    else bytes.push(bpm)
    if (kind.flags & 0x08) {
      const kj = Math.floor(random() * 2000)
      bytes.push(kj & 0xff, kj >> 8)
    }
    for (let r = 0; r < kind.rr; r++) {
      const raw = Math.round((60_000 / bpm) * 1.024 * (0.95 + random() * 0.1)) // 1/1024 s
      bytes.push(raw & 0xff, raw >> 8)
    }
    out.push(new DataView(new Uint8Array(bytes).buffer))
  }
  return out
}
