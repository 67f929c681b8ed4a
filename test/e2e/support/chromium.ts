import { existsSync } from 'node:fs'

/** Debian's Chromium; Playwright never downloads a browser here. Override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`)
}

/** Flags that keep headless Chromium quiet on a machine without internet. */
export const BASE_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

/** WebGPU on SwiftShader (a software Vulkan): the WebGPU path runs on machines without a GPU. */
export const WEBGPU_FLAGS = [
  '--enable-unsafe-webgpu',
  // Chromium honours only the last --enable-features flag: every feature goes in this one.
  // WebBluetooth: Web Bluetooth is behind a flag on Linux (the heart-rate tests emulate a sensor).
  '--enable-features=Vulkan,WebBluetooth',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Without it the WebGPU device is destroyed right after creation and draws nothing.
  '--use-vulkan=swiftshader',
]

/** A fake camera that plays a y4m file in a loop; permission prompts are accepted. */
export function fakeCameraFlags(videoFile: string, autoAllow = true): string[] {
  return [
    ...(autoAllow ? ['--use-fake-ui-for-media-stream'] : []),
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${videoFile}`,
  ]
}
