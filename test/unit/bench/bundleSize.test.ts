import { describe, expect, it } from 'vitest'
import { initialScripts } from '../../../bench/tryon/bundleSize'

describe('initialScripts', () => {
  it('lists module scripts and module preloads in order, once each, and nothing else', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="/assets/main-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/styles-2.js">
      <link rel="stylesheet" href="/assets/styles-3.css">
      <link rel="modulepreload" href='/assets/styles-2.js'>
      <script src="/legacy.js"></script>
      <link rel="icon" href="/favicon.svg">
    </head>`
    expect(initialScripts(html)).toEqual(['/assets/main-1.js', '/assets/styles-2.js'])
  })
})
