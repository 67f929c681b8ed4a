/** What the monitor needs from the page: the Web Bluetooth entry point and whether the page is secure. */
export interface BluetoothEnvironment {
  bluetooth: Bluetooth | undefined
  secureContext: boolean
}

/** The current page's environment, read at call time (the API can appear after a flag flip or be stubbed in tests). */
export function bluetoothEnvironment(): BluetoothEnvironment {
  const scope = globalThis as { navigator?: { bluetooth?: Bluetooth }; isSecureContext?: boolean }
  return { bluetooth: scope.navigator?.bluetooth, secureContext: scope.isSecureContext === true }
}
