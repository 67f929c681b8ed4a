import { DataFormatError } from './DataFormatError'

/** One data record: its fields and where each starts (1-based line and column of the first character). */
export interface CsvRecord {
  fields: string[]
  line: number
  columns: number[]
}

/** A parsed CSV file: the header and the records under it. */
export interface CsvTable {
  header: string[]
  records: CsvRecord[]
}

const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13

/**
 * Parses RFC 4180 CSV: comma-separated fields, optionally double-quoted; inside quotes a doubled
 * quote is a quote and commas and line breaks are data. LF or CRLF line ends, an optional BOM and
 * a final line end. Every record must have as many fields as the header. Anything else throws a
 * {@link DataFormatError} at the line and column of the fault: an unterminated quote (where it
 * opened), a quote inside an unquoted field, text after a closing quote, a record with too few or
 * too many fields, or an empty line.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const records: CsvRecord[] = []
  let line = 1
  let lineStart = start
  let i = start
  const end = text.length
  while (i < end) {
    const recordLine = line
    const fields: string[] = []
    const columns: number[] = []
    for (;;) {
      const column = i - lineStart + 1
      const fieldLine = line
      let value: string
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1
        let parts = ''
        for (;;) {
          const q = text.indexOf('"', j)
          if (q < 0) throw new DataFormatError(file, fieldLine, column, 'quoted field is never closed')
          for (let k = text.indexOf('\n', j); k >= 0 && k < q; k = text.indexOf('\n', k + 1)) {
            line++
            lineStart = k + 1
          }
          parts += text.slice(j, q)
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts += '"'
            j = q + 2
            continue
          }
          i = q + 1
          break
        }
        value = parts
        const next = text.charCodeAt(i)
        if (i < end && next !== COMMA && next !== LF && !(next === CR && text.charCodeAt(i + 1) === LF)) {
          throw new DataFormatError(file, line, i - lineStart + 1, `unexpected ${JSON.stringify(text[i])} after a closing quote (a field is either all quoted or not quoted)`)
        }
      } else {
        let j = i
        while (j < end) {
          const c = text.charCodeAt(j)
          if (c === COMMA || c === LF || (c === CR && text.charCodeAt(j + 1) === LF)) break
          if (c === QUOTE) throw new DataFormatError(file, line, j - lineStart + 1, 'quote inside an unquoted field (quote the whole field and double the inner quotes)')
          j++
        }
        value = text.slice(i, j)
        i = j
      }
      fields.push(value)
      columns.push(column)
      if (i >= end) break
      const c = text.charCodeAt(i)
      if (c === COMMA) {
        i++
        continue
      }
      i += c === CR ? 2 : 1
      line++
      lineStart = i
      break
    }
    if (fields.length === 1 && fields[0] === '' && text.charCodeAt(lineStart - 1) === LF && columns[0] === 1) {
      if (i >= end) break
      throw new DataFormatError(file, recordLine, 1, 'empty line')
    }
    records.push({ fields, line: recordLine, columns })
  }
  if (records.length === 0) throw new DataFormatError(file, 1, 1, 'the file is empty (expected a header line)')
  const header = records.shift()!.fields
  for (const r of records) {
    if (r.fields.length === header.length) continue
    const column = r.fields.length > header.length ? r.columns[header.length]! : r.columns[r.columns.length - 1]! + r.fields[r.fields.length - 1]!.length
    throw new DataFormatError(file, r.line, column, `${r.fields.length} fields, the header has ${header.length}`)
  }
  return { header, records }
}
