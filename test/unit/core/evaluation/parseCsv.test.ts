import { describe, expect, it } from 'vitest'
import { DataFormatError } from '../../../../src/core/evaluation/DataFormatError'
import { parseCsv } from '../../../../src/core/evaluation/parseCsv'

/** The error parseCsv throws on `text`, or fails the test. */
function fault(text: string): DataFormatError {
  try {
    parseCsv(text, 'bad.csv')
  } catch (error) {
    expect(error).toBeInstanceOf(DataFormatError)
    return error as DataFormatError
  }
  throw new Error('expected a DataFormatError')
}

describe('parseCsv', () => {
  it('reads plain, quoted, escaped and multi-line fields with their line and column', () => {
    const table = parseCsv('\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",3\n', 'ok.csv')
    expect(table.header).toEqual(['a', 'b', 'c'])
    expect(table.records.map((r) => r.fields)).toEqual([['1', 'x, y', 'say "hi"'], ['2', 'two\nlines', '3']])
    expect(table.records.map((r) => r.line)).toEqual([2, 3])
    expect(table.records[0]!.columns).toEqual([1, 3, 10])
  })

  it('accepts a file without a final line end and an empty unnamed first header cell', () => {
    expect(parseCsv(',x\n0,1', 'ok.csv').records[0]!.fields).toEqual(['0', '1'])
  })

  it.each([
    ['a,b\n1,"2\n3,4\n', 2, 3, /quoted field is never closed/],
    ['a,b\n1,x"y\n', 2, 4, /quote inside an unquoted field/],
    ['a,b\n"1"x,2\n', 2, 4, /unexpected "x" after a closing quote/],
    ['a,b\n1,2\n\n3,4\n', 3, 1, /empty line/],
    ['a,b\n1,2\n3,4,5\n', 3, 5, /3 fields, the header has 2/],
    ['a,b,c\n1,2,3\n4,5\n', 3, 4, /2 fields, the header has 3/],
    ['a,b\n"x\ny",2\n3\n', 4, 2, /1 fields, the header has 2/],
    ['', 1, 1, /empty/],
  ])('points at the fault in %j (line %i, column %i)', (text, line, column, message) => {
    const error = fault(text)
    expect(error.line).toBe(line)
    expect(error.column).toBe(column)
    expect(error.message).toMatch(message)
    expect(error.message).toContain(`bad.csv:${line}:${column}`)
  })
})
