import { PRODUCT_CATEGORIES } from '../../core/catalog/types'

/** The error body, for every 4xx/5xx in the OpenAPI document. */
export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string', description: 'Specific, stable error code, e.g. invalid_glb, not_found, payload_too_large' },
        message: { type: 'string' },
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
} as const

/** A JSON object response documented by its description (its shape is in docs/server/catalog-service.md). */
export const objectResponse = (description: string) => ({ description, type: 'object', additionalProperties: true }) as const

const vec3 = { type: 'array', items: { type: 'number' }, minItems: 3, maxItems: 3 } as const

/**
 * Product fields a brand may send. Types here are checked by Fastify; the manifest rules and their
 * precise messages (slugs, currencies, colours, unknown fields with "did you mean") come from
 * core/catalog, the same code the shopper app validates with.
 */
export const productFields = {
  id: { type: 'string', description: 'Slug starting with "<brand>-"; derived from the name when absent' },
  name: { type: 'string' },
  category: { type: 'string', enum: [...PRODUCT_CATEGORIES] },
  assetId: { type: 'string', description: 'id returned by POST /api/v1/assets' },
  price: { type: 'object', properties: { amount: { type: 'number' }, currency: { type: 'string' } } },
  colours: { type: 'array', items: { type: 'object' }, description: 'Default: the asset\'s colour variants, else its first material' },
  tags: { type: 'array', items: { type: 'string' } },
  units: { type: 'string', description: 'Default "m"' },
  anchor: { type: 'string', description: 'Default by category: glasses noseBridge, hat forehead, earrings leftEarLobe, makeup lips' },
  pivotOffset: vec3,
  rotationDeg: vec3,
  scale: { type: 'number' },
  sizeVariants: { type: 'array', items: { type: 'object' }, description: 'Default [{ id: "M", label: "Medium", scale: 1 }]' },
  attribution: { type: 'string' },
  widthMm: { type: 'number', description: 'Default: measured from the asset' },
} as const

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const
