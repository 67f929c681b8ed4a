/**
 * GATT identifiers of the Heart Rate Service and its companions, from the Bluetooth SIG "Assigned
 * Numbers" document. Web Bluetooth accepts the 16-bit numbers or the names below for both.
 */

/** Heart Rate Service (0x180D). */
export const HEART_RATE_SERVICE = 0x180d
/** Heart Rate Measurement characteristic (0x2A37): notify only in the spec. */
export const HEART_RATE_MEASUREMENT = 0x2a37
/** Body Sensor Location characteristic (0x2A38): read, optional. */
export const BODY_SENSOR_LOCATION = 0x2a38
/** Heart Rate Control Point characteristic (0x2A39): write, present when energy expended is supported. */
export const HEART_RATE_CONTROL_POINT = 0x2a39
/** Battery Service (0x180F). */
export const BATTERY_SERVICE = 0x180f
/** Battery Level characteristic (0x2A19): read, percent. */
export const BATTERY_LEVEL = 0x2a19
/** Device Information Service (0x180A). */
export const DEVICE_INFORMATION_SERVICE = 0x180a

/**
 * The one command of the Heart Rate Control Point: "Reset Energy Expended" (Heart Rate Service
 * specification 1.0, §3.3.1). Other values are reserved and a sensor answers them with an error.
 */
export const HR_CONTROL_POINT_RESET_ENERGY_EXPENDED = 0x01
