/** Messages between the kiosk page and its service worker. */
export type KioskWorkerMessage =
  /** page → worker: look for a new catalog now (sent only while nobody is using the kiosk). */
  | { type: 'check-catalog' }
  /** page → worker: a waiting new build may take over now. */
  | { type: 'skip-waiting' }
  /** worker → pages: a catalog check finished. */
  | { type: 'catalog-checked'; status: string; message: string; updated: boolean }
