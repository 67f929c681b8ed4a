import { DataFormatError } from './DataFormatError'
import type { ObdItems } from './obdTypes'
import { parseCsv } from './parseCsv'

const ITEM_FEATURE = /^item_feature_\d+$/

/**
 * Reads an OBD items CSV (`,item_id,item_feature_0,…`): item ids must be 0..n−1, each once; a
 * feature column whose every value is a number is numeric (standardised), any other is categorical.
 * Throws {@link DataFormatError} at the line and column of the first fault.
 */
export function readObdItems(text: string, file: string): ObdItems {
  const { header, records } = parseCsv(text, file)
  const idColumn = header.indexOf('item_id')
  if (idColumn < 0) throw new DataFormatError(file, 1, 1, `no item_id column (found: ${header.join(', ')})`)
  const features = header.map((h, c) => (ITEM_FEATURE.test(h) ? c : -1)).filter((c) => c >= 0)
  if (features.length === 0) throw new DataFormatError(file, 1, 1, 'no item_feature_* column')
  if (records.length === 0) throw new DataFormatError(file, 2, 1, 'no items')
  const count = records.length
  const seen = new Int32Array(count).fill(-1)
  records.forEach((r) => {
    const raw = r.fields[idColumn]!
    const id = Number(raw)
    if (!/^\d+$/.test(raw) || id >= count) throw new DataFormatError(file, r.line, r.columns[idColumn]!, `item_id must be an integer in 0..${count - 1} (ids are row numbers), found ${JSON.stringify(raw)}`, 'item_id')
    if (seen[id]! >= 0) throw new DataFormatError(file, r.line, r.columns[idColumn]!, `item_id ${id} already on line ${seen[id]}`, 'item_id')
    seen[id] = r.line
  })
  const isNumeric = features.map((c) => records.every((r) => r.fields[c]!.trim() !== '' && Number.isFinite(Number(r.fields[c]))))
  const numericColumns = features.filter((_, k) => isNumeric[k])
  const categoricalColumns = features.filter((_, k) => !isNumeric[k])
  const numeric = new Float64Array(count * numericColumns.length)
  const categorical: string[][] = Array.from({ length: count }, () => [])
  for (const r of records) {
    const id = Number(r.fields[idColumn])
    numericColumns.forEach((c, k) => (numeric[id * numericColumns.length + k] = Number(r.fields[c])))
    for (const c of categoricalColumns) {
      const v = r.fields[c]!
      if (v === '') throw new DataFormatError(file, r.line, r.columns[c]!, 'empty categorical value', header[c]!)
      categorical[id]!.push(`${header[c]}=${v}`)
    }
  }
  for (let k = 0; k < numericColumns.length; k++) {
    let mean = 0
    for (let i = 0; i < count; i++) mean += numeric[i * numericColumns.length + k]! / count
    let sd = 0
    for (let i = 0; i < count; i++) sd += (numeric[i * numericColumns.length + k]! - mean) ** 2 / count
    sd = Math.sqrt(sd) || 1
    for (let i = 0; i < count; i++) numeric[i * numericColumns.length + k] = (numeric[i * numericColumns.length + k]! - mean) / sd
  }
  return { count, numeric, numericNames: numericColumns.map((c) => header[c]!), categorical }
}
