/** Fresh, valid manifest inputs for tests; each call returns a new object to mutate freely. */

/** Only the required fields. */
export function minimalManifestInput(): Record<string, unknown> {
  return {
    id: 'orbit-round-gold',
    name: 'Orbit Round',
    brand: 'Vitrine Demo',
    category: 'glasses',
    price: { amount: 129, currency: 'EUR' },
    colours: [{ name: 'Gold', hex: '#C9A45C' }],
    asset: { url: '/glasses/orbit-round-gold.glb' },
    units: 'm',
    anchor: 'noseBridge',
    sizeVariants: [
      { id: 'S', label: 'Small', scale: 0.94 },
      { id: 'M', label: 'Medium', scale: 1 },
      { id: 'L', label: 'Large', scale: 1.06 },
    ],
  }
}

/** Every field, optional ones included. */
export function fullManifestInput(): Record<string, unknown> {
  return {
    ...minimalManifestInput(),
    tags: ['round', 'metal'],
    asset: { url: 'glasses/orbit-round-gold.glb', sha256: 'ab'.repeat(32) },
    pivotOffset: [0, 0.0387, -0.0046],
    rotationDeg: [0, 180, 0],
    scale: 0.5,
    attribution: 'Khronos Group, CC BY 4.0',
    widthMm: 135,
  }
}
