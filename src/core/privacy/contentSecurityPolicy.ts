/**
 * The Content-Security-Policy every Vitrine page is served with.
 *
 * `connect-src 'self'` is what keeps biometric data on the device: no fetch, XHR, WebSocket or
 * beacon can reach another origin. It also stops @mediapipe/tasks-vision's built-in usage logging
 * to a Google endpoint. `'wasm-unsafe-eval'` lets MediaPipe compile its WebAssembly and nothing else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  // blob: URLs are in-memory objects of this page (GLTFLoader reads embedded textures through them).
  "connect-src 'self' blob:",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  // Inline styles: React style props and Vite's CSS injection in development.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers served with every response of the dev and preview servers. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(self), xr-spatial-tracking=(self), microphone=()',
}
