import { describe, expect, it } from 'vitest'
import { visibleIssues } from '../../../../src/studio/editor/visibleIssues'

const issues = [
  { path: 'name', message: 'expected a non-empty string, got ""' },
  { path: 'price.amount', message: 'expected a number >= 0, got ""' },
  { path: 'colours[1].hex', message: 'expected a colour like "#1a2b3c", got "red"' },
]

describe('visibleIssues', () => {
  it('shows nothing on a form just opened', () => {
    expect(visibleIssues(issues, new Set(), false)).toEqual([])
  })

  it('shows the problems of the fields edited so far, including nested paths', () => {
    expect(visibleIssues(issues, new Set(['priceAmount', 'colours']), false).map((i) => i.path)).toEqual(['price.amount', 'colours[1].hex'])
  })

  it('shows every problem once a save was tried', () => {
    expect(visibleIssues(issues, new Set(), true)).toEqual(issues)
  })
})
