import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import sharp from 'sharp'
import { readE2eCatalog } from './support/catalogService'
import { EgressLog } from './support/egress'
import { expect, openTryOn, test } from './support/fixtures'
import { analyzeScreenshot } from './support/pixels'

const GLB_PATH = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'glb', 'SunglassesKhronos.glb')
const GLB_SHA256 = '25d72dd0869c99f94a3c0d6dfe0707714eca056e531f6ff77e7545719c86ab8c'
/** The reference face (the studio serves a copy, assets/studio/reference-face.png). */
const FACE_PATH = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'faces', 'astronaut.png')
const FACE_SHA256 = '88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5'
/** Centres of the pupils in that 512 × 512 photo (measured on it) and of the mouth, pixels. */
const PUPILS_PX = [{ x: 204, y: 101 }, { x: 246, y: 103 }]
const MOUTH_PX = { x: 224, y: 144 }
/** Size of the thumbnail the studio sends (and the service keeps). */
const THUMB = { width: 512, height: 384 }
/** The demo catalog's corrected pivot for this model, in millimetres (assets/catalog/demo-catalog.json). */
const PIVOT_MM = { X: 0, Y: 38.7, Z: -4.6 }
/** Throttled uplink for the upload, bytes per second: the 371 KB file then takes about 3 s. */
const UPLINK_BYTES_PER_S = 125_000

/** Pixels of the 3D layer (everything but the chroma-key green) above the magenta anchor probe. */
async function layerAboveProbe(page: Page, target: Locator): Promise<{ total: number; aboveShare: number }> {
  const png = await target.screenshot()
  const all = await analyzeScreenshot(page, png, 0)
  expect(all.probe.count, 'magenta anchor probe pixels').toBeGreaterThan(4)
  const above = await analyzeScreenshot(page, png, 0, all.probe.y)
  return { total: all.opaque.right, aboveShare: above.opaque.right / all.opaque.right }
}

/**
 * Waits for the 3D layer to show a model, then measures it. A page's first model waits for its
 * shaders: on SwiftShader with other browsers busy, that can take a minute.
 */
async function settledLayer(page: Page, target: Locator, minPixels: number, timeout = 30_000) {
  await expect.poll(async () => (await layerAboveProbe(page, target)).total, { timeout }).toBeGreaterThan(minPixels)
  await page.waitForTimeout(500)
  return layerAboveProbe(page, target)
}

const pivotField = (page: Page, axis: keyof typeof PIVOT_MM) => page.getByRole('spinbutton', { name: `Pivot ${axis}` })

/** Types a number into a field the way a person does (focus, select all, delete, keys), checking each step. */
async function typeNumber(page: Page, field: Locator, text: string) {
  await field.focus()
  await expect(field).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await expect(field, 'the field after select all and Delete').toHaveValue('')
  await page.keyboard.type(text)
  await expect(field, `the field after typing ${text}`).toHaveValue(text)
}

type Box = { x0: number; y0: number; x1: number; y1: number }

/** Mean red, green and blue (0-255) of raw RGB pixels in a box of the thumbnail. */
function meanRgb(rgb: Buffer, box: Box): [number, number, number] {
  const sum = [0, 0, 0]
  let n = 0
  for (let y = Math.round(box.y0); y < Math.round(box.y1); y++) {
    for (let x = Math.round(box.x0); x < Math.round(box.x1); x++) {
      for (let c = 0; c < 3; c++) sum[c]! += rgb[(y * THUMB.width + x) * 3 + c]!
      n++
    }
  }
  return sum.map((v) => Math.round(v / n)) as [number, number, number]
}

/** Mean absolute difference (0-255, all channels) of two raw RGB thumbnails in a box. */
function meanDifference(a: Buffer, b: Buffer, box: Box): number {
  let sum = 0, n = 0
  for (let y = Math.round(box.y0); y < Math.round(box.y1); y++) {
    for (let x = Math.round(box.x0); x < Math.round(box.x1); x++) {
      for (let c = 0; c < 3; c++) sum += Math.abs(a[(y * THUMB.width + x) * 3 + c]! - b[(y * THUMB.width + x) * 3 + c]!)
      n += 3
    }
  }
  return sum / n
}

test.describe('brand studio', () => {
  // Whatever happened in a test, the brand's products leave the shared e2e catalog (the specs after
  // this one count on the demo catalog alone).
  test.afterAll(async ({ playwright }) => {
    const { port, token } = readE2eCatalog()
    const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}`, extraHTTPHeaders: { Authorization: `Bearer ${token}` } })
    const { products } = (await (await api.get('/api/v1/products')).json()) as { products: { id: string }[] }
    for (const p of products) {
      await api.post(`/api/v1/products/${p.id}/unpublish`)
      await api.delete(`/api/v1/products/${p.id}`)
    }
    await api.dispose()
  })

  test('a brand uploads the Khronos sunglasses, fixes their pivot, publishes them, and shoppers wear them', async ({ page }) => {
    test.slow()
    const bytes = readFileSync(GLB_PATH)
    expect(createHash('sha256').update(bytes).digest('hex'), `${GLB_PATH} is the Khronos sample`).toBe(GLB_SHA256)
    const { token } = readE2eCatalog()
    // Unique per run: a service reused between runs keeps the products of earlier ones.
    const name = `Studio Aviator ${Date.now().toString(36)}`

    const consoleErrors: string[] = []
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))

    // Sign in: a mistyped token is refused with words, the right one is kept for this tab only.
    await test.step('sign in', async () => {
      await page.goto('/studio/')
      await page.screenshot({ path: 'screenshots/studio-signin.png' })
      await page.getByLabel('Brand API token').fill(`vtr_${'x'.repeat(43)}`)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('alert')).toContainText('This token was not accepted')
      await page.getByLabel('Brand API token').fill(token)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
      expect(await page.evaluate(() => sessionStorage.getItem('vitrine.studio.token'))).toBe(token)
      expect(await page.evaluate((t) => Object.values(localStorage).some((v) => v.includes(t)), token)).toBe(false)
    })

    // Upload by drag and drop; the service's report in words.
    await test.step('upload and report', async () => {
      await page.getByRole('button', { name: 'Add a product' }).click()
      const dataTransfer = await page.evaluateHandle((b64) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'SunglassesKhronos.glb', { type: 'model/gltf-binary' }))
        return transfer
      }, bytes.toString('base64'))
      // A slow uplink (1 Mbit/s) so the progress bar has time to be seen moving.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: UPLINK_BYTES_PER_S })
      // The service's step can be over within a poll interval on a fast machine: note whether its
      // status was ever on the page rather than hoping to catch it there.
      await page.evaluate((text) => {
        const w = window as unknown as { __validatingShown?: boolean }
        w.__validatingShown = false
        new MutationObserver(() => {
          if (document.body.textContent?.includes(text)) w.__validatingShown = true
        }).observe(document.body, { subtree: true, childList: true, characterData: true })
      }, 'The service is validating and optimising SunglassesKhronos.glb')
      await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer })
      const bar = page.getByRole('progressbar', { name: 'Uploading SunglassesKhronos.glb' })
      await expect(page.getByText(/Uploading SunglassesKhronos\.glb: [1-9]\d? % \([\d.]+ KB of 371\.2 KB\)/)).toBeVisible()
      expect(Number(await bar.getAttribute('value'))).toBeLessThan(bytes.length)
      await expect.poll(() => page.evaluate(() => (window as unknown as { __validatingShown?: boolean }).__validatingShown), { timeout: 60_000 }).toBe(true)
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
      const report = page.getByTestId('asset-report')
      await expect(report).toContainText('Accepted and stored')
      await expect(report).toContainText(/371\.2 KB uploaded, [\d.]+ KB stored and sent to shoppers \(\d+ % smaller\)/)
      await expect(report).toContainText(/Khronos glTF validator [\d.a-z-]+: no errors, no warnings/)
      await expect(report).toContainText('Width on the face at scale 1: 150.5 mm')
      await page.screenshot({ path: 'screenshots/studio-report.png', fullPage: true })
    })

    await test.step('preview and pivot', async () => {
      // The preview on the reference face: at the model's own origin the frame sits above the nose.
      const stage = page.locator('.ref-stage')
      await expect(stage).not.toHaveAttribute('data-face', 'detecting', { timeout: 90_000 })
      expect(await stage.getAttribute('data-face'), `${await stage.innerText()} ${consoleErrors.join('\n')}`).toBe('ready')
      await expect(stage).toHaveAttribute('data-renderer', /WebGPU|WebGL2/)
      const chroma = await page.addStyleTag({ content: '.ref-stage { background: #00ff00 !important } .ref-stage__photo { visibility: hidden }' })
      const before = await settledLayer(page, stage, 1500, 90_000)
      expect(before.aboveShare, 'share of the frame above the nose bridge at the default pivot').toBeGreaterThan(0.9)

      // Handles: dragging the model down raises the pivot; arrow keys step; then the exact pivot.
      const box = (await stage.boundingBox())!
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3 + 40, { steps: 5 })
      await page.mouse.up()
      await expect.poll(async () => Number(await pivotField(page, 'Y').inputValue())).toBeGreaterThan(10)
      // Typed as a person types (focus, select all, delete, digits), each step checked, then stepped
      // with the arrow key from the typed number.
      const z = pivotField(page, 'Z')
      await typeNumber(page, z, '0')
      await page.keyboard.press('ArrowUp')
      await expect(z, 'ArrowUp steps half a millimetre from the typed 0').toHaveValue('0.5')
      for (const axis of ['X', 'Y', 'Z'] as const) {
        await typeNumber(page, pivotField(page, axis), String(PIVOT_MM[axis]))
        await page.keyboard.press('Tab')
      }
      await expect(page.getByText('No fit warnings for this placement.')).toBeVisible()
      await page.waitForTimeout(500)
      const after = await layerAboveProbe(page, stage)
      expect(after.aboveShare, 'share of the frame above the nose bridge at the corrected pivot').toBeLessThan(0.7)
      await chroma.evaluate((element) => (element as Element).remove())
      await page.screenshot({ path: 'screenshots/studio-preview.png', fullPage: true })
    })

    // Metadata, then publish.
    const published = await test.step('metadata and publish', async () => {
      await page.getByLabel('Name', { exact: true }).fill(name)
      await page.getByLabel('Price').fill('189.90')
      await page.getByLabel('Tags').fill('aviator, metal, sunglasses')
      await page.getByLabel('Attribution (optional)').fill('Khronos Group, CC BY 4.0')
      await page.getByLabel('Colour 1 name').fill('Silver / Smoke')
      await page.getByRole('button', { name: 'Save and publish' }).click()
      // Saved, then the thumbnail is rendered on the reference face and uploaded, then published.
      await expect(page.getByText('Published: shoppers see it in the catalog now.')).toBeVisible({ timeout: 90_000 })
      const listed = page.getByRole('navigation', { name: 'Your products' }).getByRole('button', { name: new RegExp(name) })
      await expect(listed).toContainText('Published')
      await page.screenshot({ path: 'screenshots/studio-products.png', fullPage: true })

      const catalog = await (await page.request.get('/api/v1/catalog')).json()
      const entry = catalog.products.find((p: { name: string }) => p.name === name)
      expect(entry).toMatchObject({ brand: 'Studio E2E', price: { amount: 189.9, currency: 'EUR' }, pivotOffset: [0, 0.0387, -0.0046], tags: ['aviator', 'metal', 'sunglasses'] })
      // Published with its thumbnail: shoppers never see it without one.
      expect(entry.thumbnail, 'the published product carries a thumbnail').toEqual({ url: `/api/v1/thumbnails/${entry.thumbnail?.sha256}.webp`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
      return entry as { asset: { sha256: string }; thumbnail: { url: string; sha256: string } }
    })

    // The studio shows the picture the catalog uses; the stored WebP shows the glasses on the face.
    await test.step('catalog thumbnail', async () => {
      const card = page.getByRole('region', { name: 'Catalog thumbnail' })
      await expect(card.getByRole('status')).toHaveText('Thumbnail updated: this is the picture of the product in the catalog.')
      const shown = card.getByRole('img', { name: `${name} worn on the reference face: the catalog's thumbnail` })
      await expect(shown).toBeVisible()
      await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(THUMB.width)
      const inList = page.getByRole('navigation', { name: 'Your products' }).getByRole('button', { name: new RegExp(name) }).locator('img')
      await expect.poll(() => inList.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(THUMB.width)
      // Keyboard: the card's button is reachable and says what it does.
      const update = card.getByRole('button', { name: 'Update thumbnail' })
      await update.focus()
      await expect(update).toBeFocused()
      await expect(update).toBeEnabled()
      await card.scrollIntoViewIfNeeded()
      await card.screenshot({ path: 'screenshots/studio-thumbnail.png' })
      await page.screenshot({ path: 'screenshots/studio-thumbnail-page.png', fullPage: true })

      // Public now that a published product shows it: fetched without the token.
      const response = await page.request.get(published.thumbnail.url)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe('image/webp')
      const webp = await response.body()
      expect(createHash('sha256').update(webp).digest('hex')).toBe(published.thumbnail.sha256)
      const worn = await sharp(webp).removeAlpha().raw().toBuffer({ resolveWithObject: true })
      expect(worn.info).toMatchObject({ width: THUMB.width, height: THUMB.height, channels: 3 })

      // The same part of the photo without the glasses, at the same size.
      const face = readFileSync(FACE_PATH)
      expect(createHash('sha256').update(face).digest('hex'), `${FACE_PATH} is the reference portrait`).toBe(FACE_SHA256)
      const [left, top, width, height] = (await card.getAttribute('data-crop'))!.split(' ').map(Number) as [number, number, number, number]
      expect(width / height).toBeCloseTo(THUMB.width / THUMB.height, 1)
      const bare = await sharp(face).extract({ left, top, width, height }).resize(THUMB.width, THUMB.height, { fit: 'fill' }).removeAlpha().raw().toBuffer()
      const box = (p: { x: number; y: number }, halfW: number, halfH: number) => ({
        x0: ((p.x - halfW - left) * THUMB.width) / width, x1: ((p.x + halfW - left) * THUMB.width) / width,
        y0: ((p.y - halfH - top) * THUMB.height) / height, y1: ((p.y + halfH - top) * THUMB.height) / height,
      })
      for (const pupil of PUPILS_PX) expect(box(pupil, 8, 5).x0 >= 0 && box(pupil, 8, 5).x1 <= THUMB.width, 'the eyes are in the crop').toBe(true)
      const figures = {
        crop: { left, top, width, height },
        eyes: PUPILS_PX.map((p) => ({ worn: meanRgb(worn.data, box(p, 8, 5)), bare: meanRgb(bare, box(p, 8, 5)), difference: meanDifference(worn.data, bare, box(p, 8, 5)) })),
        mouthDifference: meanDifference(worn.data, bare, box(MOUTH_PX, 14, 5)),
      }
      console.log('thumbnail figures', JSON.stringify(figures))
      // Tinted lenses over both eyes: the Khronos lenses are blue-green (on a software GPU, drawn as
      // plain 55 % transparency), over brown eyes and skin where red outweighs blue…
      for (const eye of figures.eyes) {
        expect(eye.difference, `eye region with the glasses vs without: ${JSON.stringify(figures)}`).toBeGreaterThan(20)
        expect(eye.worn[2] - eye.worn[0], `blue minus red with the lens vs without: ${JSON.stringify(figures)}`).toBeGreaterThan(eye.bare[2] - eye.bare[0] + 30)
      }
      // …over the very photo the preview uses, aligned to it (the mouth, under no glasses, is the photo's).
      expect(figures.mouthDifference, `mouth region vs the bare photo: ${JSON.stringify(figures)}`).toBeLessThan(12)

      // Update thumbnail from the keyboard: a refused upload is said in words and the catalog keeps
      // its picture; a second press makes it again. Focus stays on the button meanwhile.
      const thumbnailPut = '**/api/v1/products/*/thumbnail'
      await page.route(thumbnailPut, (route) => route.fulfill({
        status: 507, contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'storage_full', message: 'the service has no disk space left for the thumbnail; nothing was changed', details: {} } }),
      }))
      await update.focus()
      await page.keyboard.press('Enter')
      await expect(card.getByRole('alert')).toHaveText('The thumbnail could not be uploaded: the service has no disk space left for the thumbnail; nothing was changed. The catalog keeps the previous thumbnail; press Update thumbnail to try again.', { timeout: 60_000 })
      await expect(update).toBeFocused()
      await expect(shown).toBeVisible()
      await page.unroute(thumbnailPut)
      const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/thumbnail'))
      const pressed = Date.now()
      await page.keyboard.press('Enter')
      const answered = await put
      expect(answered.status()).toBe(200)
      await expect(card.getByRole('status')).toHaveText('Thumbnail updated: this is the picture of the product in the catalog.', { timeout: 60_000 })
      console.log('thumbnail update', JSON.stringify({ ms: Date.now() - pressed, webpBytes: webp.length }))
      await expect(card.getByRole('alert')).toHaveCount(0)
      await expect(page.getByRole('button', { name: 'Save changes' }), 'a new thumbnail leaves nothing unsaved').toBeDisabled()
    })

    await test.step('shopper app', async () => {
      // The shopper app: the product is in the rail, its model comes through the proxy, and it sits
      // on the face like the demo catalog's copy of the same model with the same pivot.
      const model = page.waitForResponse((r) => r.url().endsWith(`/api/v1/assets/${published.asset.sha256}.glb`))
      await openTryOn(page, 'debug&probe')
      await expect(page.locator('[data-status="tracking"]')).toBeVisible()
      const tile = page.getByRole('radio', { name: new RegExp(name) })
      await tile.click()
      // The rail shows the catalog thumbnail the studio made.
      const railThumbnail = tile.locator('img.tile__thumbnail')
      await expect(railThumbnail).toHaveAttribute('src', published.thumbnail.url)
      await expect.poll(() => railThumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(THUMB.width)
      await page.getByRole('navigation', { name: 'Glasses to try on' }).screenshot({ path: 'screenshots/studio-rail-thumbnail.png' })
      const glb = await model
      expect(glb.status()).toBe(200)
      expect(glb.headers()['cache-control']).toContain('immutable')
      await page.addStyleTag({ content: '.viewport { background: #00ff00 !important } .stage__video, .stage__frame, .status, .debug { visibility: hidden }' })
      const viewport = page.locator('main.viewport')
      const ours = await settledLayer(page, viewport, 1500, 90_000)
      await page.getByRole('radio', { name: /Horizon Aviator Sunglasses/ }).click()
      await page.waitForTimeout(1500)
      const demo = await settledLayer(page, viewport, 1500)
      expect(ours.aboveShare).toBeLessThan(0.7)
      expect(Math.abs(ours.aboveShare - demo.aboveShare), 'same pivot as the demo: same place on the face').toBeLessThan(0.1)
      expect(Math.abs(ours.total - demo.total) / demo.total, 'same size on the face').toBeLessThan(0.15)
      await page.getByRole('radio', { name: new RegExp(name) }).click()
      await page.addStyleTag({ content: '.viewport { background: none !important } .stage__video, .stage__frame { visibility: visible }' })
      await page.waitForTimeout(1000)
      await page.screenshot({ path: 'screenshots/studio-on-face.png' })
    })

    // Unpublish, then delete: shoppers stop seeing it, and the shared e2e catalog is as it was.
    await test.step('unpublish and delete', async () => {
      await page.goto('/studio/')
      await page.getByRole('navigation', { name: 'Your products' }).getByRole('button', { name: new RegExp(name) }).click()
      await page.getByRole('button', { name: 'Unpublish' }).click()
      await expect(page.getByText('Unpublished: back to draft; shoppers no longer see it.')).toBeVisible()
      const catalog = await (await page.request.get('/api/v1/catalog')).json()
      expect(catalog.products.map((p: { name: string }) => p.name)).not.toContain(name)
      await page.getByRole('button', { name: 'Delete draft…' }).click()
      await page.getByRole('button', { name: 'Delete for good' }).click()
      await expect(page.getByRole('navigation', { name: 'Your products' })).toContainText('No products yet')
    })
  })

  test('signing out forgets the token in this tab', async ({ page }) => {
    const { token } = readE2eCatalog()
    await page.goto('/studio/')
    await page.getByLabel('Brand API token').fill(`  ${token}\n`)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { name: 'Your products' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Your products' }), 'a reload keeps the brand signed in').toBeVisible()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('status')).toContainText('You are signed out')
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0)
    await page.reload()
    await expect(page.getByLabel('Brand API token')).toBeVisible()
  })

  test('a body is allowed only from the studio page to the catalog service', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL })
    const log = new EgressLog(new URL(baseURL!).origin)
    const page = await context.newPage()
    log.watch(page)
    const post = (path: string) => page.evaluate((p) => fetch(p, { method: 'POST', body: 'x' }).then((r) => r.status), path)
    await page.goto('/')
    await post('/api/v1/products')
    await page.goto('/studio/')
    await post('/api/v1/products')
    await post('/catalog/demo-catalog.json')
    // (Each request is seen twice: by the page and by its context.)
    expect([...new Set(log.withBody)]).toEqual([`POST ${baseURL}/api/v1/products`, `POST ${baseURL}/catalog/demo-catalog.json`])
    await context.close()
  })
})
