import { HeartRateMonitor } from '../../ble/HeartRateMonitor'

/**
 * The shopper app's one heart-rate monitor: the panel drives it, and whatever else in the app needs
 * heart rate (the mood model) subscribes to the same instance. Creating it touches no device.
 */
export const sharedHeartRateMonitor = new HeartRateMonitor()
