import { DataFormatError } from './DataFormatError'
import type { ObdLog } from './obdTypes'
import { parseCsv } from './parseCsv'

/** Largest slate position accepted (a sanity bound: OBD campaigns have 3). */
const MAX_POSITION = 1000
const REQUIRED = ['timestamp', 'item_id', 'position', 'click', 'propensity_score'] as const
const USER_FEATURE = /^user_feature_\d+$/
const AFFINITY = /^user-item_affinity_(\d+)$/
/** `2019-11-24 00:03:24.688993+00:00` and ISO 8601 variants (offset optional, UTC when absent). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/

/**
 * Reads an OBD log CSV against its items file's item count: timestamps, item ids in range,
 * positions ≥ 1, clicks 0/1, propensities in (0, 1], finite affinities (one column per item, when
 * present). Rows come back sorted by time (stable). Throws {@link DataFormatError} at the line,
 * column and field of the first fault.
 */
export function readObdLog(text: string, file: string, itemCount: number): ObdLog {
  const { header, records } = parseCsv(text, file)
  const column = Object.fromEntries(REQUIRED.map((name) => [name, header.indexOf(name)])) as Record<(typeof REQUIRED)[number], number>
  const missing = REQUIRED.filter((name) => column[name] < 0)
  if (missing.length > 0) throw new DataFormatError(file, 1, 1, `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`)
  const userColumns = header.map((h, c) => (USER_FEATURE.test(h) ? c : -1)).filter((c) => c >= 0)
  const affinityColumns = header.map((h, c) => (AFFINITY.test(h) ? c : -1)).filter((c) => c >= 0)
  affinityColumns.forEach((c, k) => {
    if (Number(AFFINITY.exec(header[c]!)![1]) !== k) throw new DataFormatError(file, 1, 1, `affinity columns must be user-item_affinity_0..${itemCount - 1} in order, found ${header[c]} at position ${k}`)
  })
  if (affinityColumns.length > 0 && affinityColumns.length !== itemCount) throw new DataFormatError(file, 1, 1, `${affinityColumns.length} affinity columns but the items file has ${itemCount} items`)
  if (records.length === 0) throw new DataFormatError(file, 2, 1, 'no rows')
  const n = records.length
  const item = new Int32Array(n)
  const position = new Int32Array(n)
  const click = new Uint8Array(n)
  const propensity = new Float64Array(n)
  const time = new Float64Array(n)
  const affinity = new Float32Array(n * affinityColumns.length)
  const userTokens: string[][] = []
  records.forEach((r, t) => {
    const fail = (c: number, problem: string): never => {
      throw new DataFormatError(file, r.line, r.columns[c]!, `${problem}, found ${JSON.stringify(r.fields[c])}`, header[c]!)
    }
    const integer = (c: number, min: number, max: number, what: string): number => {
      const raw = r.fields[c]!
      const v = Number(raw)
      if (!/^-?\d+$/.test(raw) || v < min || v > max) fail(c, what)
      return v
    }
    const ts = TIMESTAMP.exec(r.fields[column.timestamp]!)
    if (!ts) fail(column.timestamp, 'timestamp must look like 2019-11-24 00:03:24.688993+00:00')
    time[t] = timestampMs(ts!)
    item[t] = integer(column.item_id, 0, itemCount - 1, `item_id must be an integer in 0..${itemCount - 1} (the items file's ids)`)
    position[t] = integer(column.position, 1, MAX_POSITION, `position must be an integer in 1..${MAX_POSITION}`)
    click[t] = integer(column.click, 0, 1, 'click must be 0 or 1')
    const p = Number(r.fields[column.propensity_score])
    if (r.fields[column.propensity_score]!.trim() === '' || !(p > 0 && p <= 1)) fail(column.propensity_score, 'propensity_score must be a number in (0, 1]')
    propensity[t] = p
    userTokens.push(userColumns.map((c) => `${header[c]}=${r.fields[c]}`))
    affinityColumns.forEach((c, k) => {
      const v = Number(r.fields[c])
      if (r.fields[c]!.trim() === '' || !Number.isFinite(v)) fail(c, 'affinity must be a finite number')
      affinity[t * affinityColumns.length + k] = v
    })
  })
  let positions = 0
  for (let t = 0; t < n; t++) positions = Math.max(positions, position[t]!)
  const order = Array.from({ length: n }, (_, t) => t).sort((a, b) => time[a]! - time[b]! || a - b)
  const pick = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => a.map((_, t) => a[order[t]!]!) as T
  const sortedAffinity = new Float32Array(affinity.length)
  order.forEach((src, t) => sortedAffinity.set(affinity.subarray(src * affinityColumns.length, (src + 1) * affinityColumns.length), t * affinityColumns.length))
  return {
    rows: n, positions, item: pick(item), position: pick(position), click: pick(click), propensity: pick(propensity), time: pick(time),
    userTokens: order.map((t) => userTokens[t]!), affinity: sortedAffinity, affinityCount: affinityColumns.length,
  }
}

function timestampMs(m: RegExpExecArray): number {
  const [, y, mo, d, h, mi, s, frac, zone] = m
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + (frac ? Number(frac) * 1000 : 0)
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
  }
  return ms
}
