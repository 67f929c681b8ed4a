/** First wait before reconnecting to a sensor that dropped the link, ms; doubled on every failed attempt. */
export const HR_RECONNECT_INITIAL_DELAY_MS = 1000
/** Longest wait between two reconnection attempts, ms. */
export const HR_RECONNECT_MAX_DELAY_MS = 16_000
/** Reconnection attempts before giving up: 1 + 2 + 4 + 8 + 16 + 16 s, about 47 s of trying. */
export const HR_RECONNECT_MAX_ATTEMPTS = 6
/**
 * Longest a single GATT operation may take, ms. Browsers do not always time out a request to a
 * sensor that walked away, and one hung operation would block the queue behind it.
 */
export const HR_GATT_OPERATION_TIMEOUT_MS = 10_000
/** Heart-rate readings kept for the session (oldest dropped first): one hour at the usual 1 Hz. */
export const HR_HISTORY_CAPACITY = 3600
/** Shortest interval between two screen updates from the sensor, ms (packets can come faster). */
export const HR_UI_UPDATE_INTERVAL_MS = 250
