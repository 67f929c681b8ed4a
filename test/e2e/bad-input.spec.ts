import { readFileSync } from 'node:fs'
import { expect, openTryOn, test } from './support/fixtures'

const demo = JSON.parse(readFileSync('assets/catalog/demo-catalog.json', 'utf8'))

test('a malformed catalog is named with what is wrong and where', async ({ page }) => {
  const broken = structuredClone(demo)
  broken.products[1].price.currency = 'euro'
  await page.route((url) => url.pathname === '/catalog/broken.json', (route) => route.fulfill({ json: broken }))
  await page.goto('/?catalog=/catalog/broken.json')
  await expect(page.getByRole('alert')).toContainText('Products could not be loaded')
  await expect(page.getByRole('alert')).toContainText('products[1].price.currency')
})

test('a model that does not match its checksum is refused with a readable message', async ({ page }) => {
  const tampered = structuredClone(demo)
  tampered.products[0].asset.sha256 = '0'.repeat(64)
  await page.route((url) => url.pathname === '/catalog/tampered.json', (route) => route.fulfill({ json: tampered }))
  await openTryOn(page, 'debug&catalog=/catalog/tampered.json')
  await expect(page.getByRole('alert')).toContainText('This pair could not be shown')
  await expect(page.getByRole('alert')).toContainText('sha256')
  // The rest keeps working: another pair can be worn.
  await page.getByRole('radio').nth(1).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
