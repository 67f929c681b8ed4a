/**
 * A malformed input file, pointing at the fault: `file:line:column` (1-based, the column counts
 * characters on that line, a tab or a multi-byte character as one) and, when known, the field name.
 */
export class DataFormatError extends Error {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly field: string | null

  constructor(file: string, line: number, column: number, problem: string, field: string | null = null) {
    super(`[vitrine/evaluation] ${file}:${line}:${column}${field === null ? '' : ` (${field})`}: ${problem}`)
    this.name = 'DataFormatError'
    this.file = file
    this.line = line
    this.column = column
    this.field = field
  }
}
