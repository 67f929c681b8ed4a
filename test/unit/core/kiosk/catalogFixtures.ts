/** A valid glasses manifest with the given id and asset reference. */
export function demoProduct(id: string, asset: { url: string; sha256?: string }) {
  return {
    id, name: id, brand: 'Test', category: 'glasses', price: { amount: 100, currency: 'EUR' },
    colours: [{ name: 'Black', hex: '#000000' }], tags: ['round'], asset, units: 'm', anchor: 'noseBridge',
    pivotOffset: [0, 0, 0], rotationDeg: [0, 0, 0], scale: 1, sizeVariants: [{ id: 'M', label: 'Medium', scale: 1 }],
  }
}
