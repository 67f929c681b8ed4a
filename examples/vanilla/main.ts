// Example: the try-on on a page without React, through the public API only.
import { createTryOn, validateCatalog } from '../../src/index'

const mirror = document.getElementById('mirror')!
const status = document.getElementById('status')!
const start = document.getElementById('start') as HTMLButtonElement

const catalog = validateCatalog(await (await fetch('/catalog/demo-catalog.json')).json())
const product = catalog.products.find((p) => p.id === new URLSearchParams(location.search).get('product')) ?? catalog.products[0]
const tryOn = createTryOn({ container: mirror, product })

let faces = 0
tryOn.onStatus((_, text) => (status.textContent = `${text.title}. ${text.body}`))
tryOn.onFace((face) => {
  if (face.tracked) faces++
  mirror.dataset.trackedFrames = String(faces)
  mirror.dataset.noseBridgeUv = Array.from(face.anchors.noseBridge.uv, (v) => v.toFixed(3)).join(',')
})
start.addEventListener('click', () => {
  start.disabled = true
  void tryOn.start()
})
start.disabled = false // ready: the catalog is loaded and the click is handled
