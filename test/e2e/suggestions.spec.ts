import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

test.use({ cameraVideo: 'none' })

const slateIds = (page: Page) => page.locator('.suggestion').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.suggestionId!))
const suggestions = (page: Page) => page.getByRole('region', { name: 'Suggested for you' })

test.describe('suggestions', () => {
  test('personalise on consent, react at once to likes and skips, and fall back when switched off', async ({ page }) => {
    await page.goto('/?arm=personalised')
    await expect(page.locator('.suggestion')).toHaveCount(5)
    await expect(suggestions(page)).toContainText('Our featured frames')
    const popular = await slateIds(page)

    // Without the personalisation consent, actions teach nothing: the order stays.
    await suggestions(page).getByRole('button', { name: /^Skip / }).first().click()
    expect(await slateIds(page)).toEqual(popular)

    await page.getByRole('button', { name: 'Personalise' }).click()
    await expect(suggestions(page)).toContainText('Ordered for you')

    const first = (await slateIds(page))[0]!
    await suggestions(page).getByRole('button', { name: /^Skip / }).first().click()
    await expect.poll(async () => (await slateIds(page)).indexOf(first)).not.toBe(0)

    const liked = (await slateIds(page))[1]!
    await page.locator(`.suggestion[data-suggestion-id="${liked}"]`).getByRole('button', { name: /^Like / }).click()
    await expect(page.locator('.suggestion__reason').filter({ hasText: /you liked/ }).first()).toBeVisible()
    for (const reason of await page.locator('.suggestion__reason').allInnerTexts()) {
      expect(reason).not.toMatch(/stress|calm|excit|mood|heart|happy|sad|angry/i) // never a mood word
    }
    await page.screenshot({ path: 'screenshots/suggestions-personalised.png' })

    // Try on from a suggestion: the rail's worn product follows.
    // The pair already worn says "Wearing" instead: take a suggestion that is not on the face.
    const tryOn = suggestions(page).locator('.suggestion').filter({ has: page.getByRole('button', { name: 'Try on', exact: true }) }).first()
    const pick = (await tryOn.getAttribute('data-suggestion-id'))!
    await tryOn.getByRole('button', { name: 'Try on', exact: true }).click()
    await expect(page.locator(`.rail .tile[data-product-id="${pick}"]`)).toHaveAttribute('aria-checked', 'true')

    await page.getByRole('region', { name: 'Personal suggestions' }).getByRole('button', { name: 'Switch off' }).click()
    await expect(suggestions(page)).toContainText('Our featured frames')
    expect(await slateIds(page)).toEqual(popular)
  })

  test('stated preferences steer the slate, and remembering survives a reload until switched off', async ({ page }) => {
    await page.goto('/?arm=personalised')
    await expect(page.locator('.suggestion')).toHaveCount(5)
    await page.getByRole('button', { name: 'Personalise' }).click()
    await page.getByRole('button', { name: 'Remember me' }).click()
    await page.getByText('Tell us what you like (optional)').click()
    const style = page.locator('.preferences__styles input').first()
    const styleName = (await page.locator('.preferences__styles label').first().innerText()).trim()
    await style.check()
    await expect(page.locator('.suggestion__reason').filter({ hasText: new RegExp(styleName, 'i') }).first()).toBeVisible()

    await page.getByLabel(/Budget/).fill('-5')
    await page.getByRole('button', { name: 'Set budget' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Enter a budget' })).toBeVisible()

    const liked = (await slateIds(page))[0]!
    await page.locator(`.suggestion[data-suggestion-id="${liked}"]`).getByRole('button', { name: /^Like / }).click()
    expect(await page.evaluate(() => localStorage.getItem('vitrine:ranker'))).toContain('"format"')

    await page.reload()
    await expect(page.locator('.suggestion')).toHaveCount(5)
    await expect(page.getByRole('region', { name: 'Remember me on this device' })).toContainText('kept in this browser')
    await expect(suggestions(page)).toContainText('Ordered for you')
    const saved = await page.evaluate(() => localStorage.getItem('vitrine:ranker'))
    expect(saved).toContain(styleName)

    await page.getByRole('region', { name: 'Remember me on this device' }).getByRole('button', { name: 'Switch off' }).click()
    expect(await page.evaluate(() => [localStorage.getItem('vitrine:ranker'), localStorage.getItem('vitrine:consents')])).toEqual([null, null])
  })

  test("the experiment's control group keeps the store's order even with consent, and says so", async ({ page }) => {
    await page.goto('/?arm=control')
    await expect(page.locator('.suggestion')).toHaveCount(5)
    const featured = await slateIds(page)
    await page.getByRole('button', { name: 'Personalise' }).click()
    await expect(page.locator('[data-arm="control"]')).toContainText('comparison group')
    await suggestions(page).getByRole('button', { name: /^Skip / }).first().click()
    await page.locator('.suggestion').nth(1).getByRole('button', { name: /^Like / }).click()
    expect(await slateIds(page)).toEqual(featured)
    await expect(suggestions(page)).toContainText('Our featured frames')
  })
})
