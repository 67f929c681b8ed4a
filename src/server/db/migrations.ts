/** One schema change: applied once, in order, inside a transaction, recorded in `schema_migrations`. */
export interface Migration {
  version: number
  name: string
  statements: readonly string[]
}

/**
 * The schema, as numbered migrations. Never edit one that has shipped: add the next number.
 * Files live under the data folder (content-addressed by sha256); rows point at them.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'brands, assets, products',
    statements: [
      `CREATE TABLE brands (
        id uuid PRIMARY KEY,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        token_hash text UNIQUE,
        token_created_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE assets (
        id uuid PRIMARY KEY,
        brand_id uuid NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        original_sha256 text NOT NULL CHECK (original_sha256 ~ '^[0-9a-f]{64}$'),
        category text NOT NULL,
        original_bytes integer NOT NULL,
        stored_bytes integer NOT NULL,
        report json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (brand_id, original_sha256, category)
      )`,
      'CREATE INDEX assets_sha256 ON assets (sha256)',
      `CREATE TABLE products (
        id uuid PRIMARY KEY,
        brand_id uuid NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
        slug text NOT NULL UNIQUE,
        asset_id uuid NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
        state text NOT NULL CHECK (state IN ('draft', 'published')),
        input jsonb NOT NULL,
        manifest json NOT NULL,
        warnings jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`,
      'CREATE INDEX products_brand ON products (brand_id)',
      "CREATE INDEX products_published ON products (published_at) WHERE state = 'published'",
    ],
  },
  {
    version: 2,
    name: 'product thumbnails',
    statements: [
      "ALTER TABLE products ADD COLUMN thumbnail_sha256 text CHECK (thumbnail_sha256 ~ '^[0-9a-f]{64}$')",
      'CREATE INDEX products_thumbnail ON products (thumbnail_sha256)',
    ],
  },
]
