/** Whether an immersive headset session can start here, and if not, why, in words. */
export async function headsetSupport(): Promise<{ supported: true } | { supported: false; reason: string }> {
  if (!window.isSecureContext) return { supported: false, reason: 'Headsets need a secure (https) page.' }
  const xr = (navigator as Navigator & { xr?: XRSystem }).xr
  if (!xr) return { supported: false, reason: 'This browser has no WebXR support.' }
  try {
    if (await xr.isSessionSupported('immersive-vr')) return { supported: true }
    return { supported: false, reason: 'No headset is connected.' }
  } catch (error) {
    return { supported: false, reason: `Headsets are blocked here (${error instanceof Error ? error.message : String(error)}).` }
  }
}
