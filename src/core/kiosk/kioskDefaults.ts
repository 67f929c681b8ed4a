/** No face and no touch for this long ends a session (with a countdown first), ms. */
export const KIOSK_IDLE_MS = 45_000
/** The visible countdown before a session ends, ms; any touch or a face coming back cancels it. */
export const KIOSK_COUNTDOWN_MS = 10_000
/** Shortest and longest idle time a deployment may set, ms (shorter ones are for tests). */
export const KIOSK_IDLE_MIN_MS = 1_000
export const KIOSK_IDLE_MAX_MS = 3_600_000
/** Shortest and longest countdown a deployment may set, ms. */
export const KIOSK_COUNTDOWN_MIN_MS = 1_000
export const KIOSK_COUNTDOWN_MAX_MS = 60_000

/** How often the attract screen checks for a face, ms (a few times a second is enough to wake). */
export const PRESENCE_CHECK_INTERVAL_MS = 250
/**
 * A face must be seen for this long before it counts as someone there, ms: a passer-by crossing
 * the camera's view does not wake the screen.
 */
export const PRESENCE_ARRIVE_MS = 600
/** A gap longer than this between two sightings restarts the arrival timer, ms (rides out single misses). */
export const PRESENCE_ARRIVE_GAP_MS = 800
/** No face for this long counts as gone, ms (a head turned away for a moment is not a departure). */
export const PRESENCE_LEAVE_MS = 2_000
/**
 * Smallest face height, as a share of the frame height, that counts as someone at the screen
 * (about 1.5 m from a typical 70° webcam); smaller faces are people further away in the store.
 */
export const PRESENCE_MIN_FACE_HEIGHT = 0.12

/** How often the kiosk's timers are re-evaluated, ms (the countdown shows whole seconds). */
export const KIOSK_TICK_MS = 250
