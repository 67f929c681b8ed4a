import { describe } from 'vitest'
import { DRIVERS, useCatalogServer } from './helpers/testServer'
import { assetsSuite } from './suites/assetsSuite'
import { crossBrandSuite } from './suites/crossBrandSuite'
import { limitsSuite } from './suites/limitsSuite'
import { productsSuite } from './suites/productsSuite'
import { thumbnailsSuite } from './suites/thumbnailsSuite'

// Every suite runs on the embedded PGlite and on a real PostgreSQL cluster (test/support/postgres.ts),
// against one service per driver (brands keep the suites apart).
describe.each(DRIVERS)('catalog service on %s', (driver) => {
  const service = useCatalogServer(driver, { limits: { assetBodyBytes: 1_000_000 } })
  describe('assets', () => assetsSuite(service))
  describe('products', () => productsSuite(service))
  describe('cross-brand', () => crossBrandSuite(service))
  describe('limits, headers, OpenAPI', () => limitsSuite(service))
  describe('thumbnails', () => thumbnailsSuite(service))
})
