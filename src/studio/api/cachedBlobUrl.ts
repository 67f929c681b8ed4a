/** One in-memory copy per stored file for the life of the page. */
const urls = new Map<string, Promise<string>>()

/**
 * A `blob:` URL for a private, content-addressed file of the brand (a draft's model or
 * thumbnail), which the page can only fetch with the token: `load` fetches it once per `key`
 * (its sha256), then every caller shares the URL. A failed load is tried again next time.
 */
export function cachedBlobUrl(key: string, load: () => Promise<Blob>): Promise<string> {
  let url = urls.get(key)
  if (!url) {
    url = load().then((blob) => URL.createObjectURL(blob))
    url.catch(() => urls.delete(key))
    urls.set(key, url)
  }
  return url
}
