import type { HeartRateMonitorState } from './heartRateTypes'
import type { BodySensorLocation } from './parseBodySensorLocation'

/** What the heart-rate control shows and offers for a state. */
export interface HeartRateStatusText {
  /** The one line for the live region: the reading, the progress or the problem. */
  line: string
  /** Facts worth showing under it (battery, where the sensor sits, session figures). */
  details: string[]
  /** Shown when malformed packets were ignored. */
  warning: string | undefined
  /** The button offered: start a connection, end it (withdraw consent), or none. */
  action: 'connect' | 'disconnect' | 'none'
}

const LOCATION_TEXT: Readonly<Record<BodySensorLocation, string>> = {
  other: 'Worn on the body',
  chest: 'Worn on the chest',
  wrist: 'Worn on the wrist',
  finger: 'Worn on a finger',
  hand: 'Worn on the hand',
  'ear-lobe': 'Worn on an ear lobe',
  foot: 'Worn on the foot',
}

/** Library prefixes such as "[vitrine/signals] " mean nothing to a shopper. */
const LIBRARY_PREFIX = /^\[[^\]]*\]\s*/

function readingLine(state: HeartRateMonitorState): string {
  const reading = state.reading
  if (!reading) return `Connected to ${state.deviceName ?? 'the sensor'}. Waiting for the first reading…`
  if (reading.contact === 'contact') return `${reading.bpm} bpm · skin contact`
  if (reading.contact === 'no-contact') return `${reading.bpm} bpm · no skin contact`
  return `${reading.bpm} bpm`
}

function mainLine(state: HeartRateMonitorState): string {
  const name = state.deviceName ?? 'the sensor'
  switch (state.status) {
    case 'idle':
      return 'Not connected.'
    case 'requesting':
      return "Pick your sensor in the browser's list."
    case 'connecting':
      return `Connecting to ${name}…`
    case 'connected':
      return readingLine(state)
    case 'reconnecting':
      return `Lost the link to ${name}. Reconnecting (attempt ${state.reconnectAttempt} of ${state.reconnectAttempts})…`
    case 'stopped':
      return "Disconnected. This session's heart-rate data was deleted."
    default:
      return state.problem?.message ?? 'Heart rate is not available.'
  }
}

/** Plain-language text for the heart-rate control, from the monitor's state. */
export function heartRateStatusText(state: HeartRateMonitorState): HeartRateStatusText {
  const live = state.status === 'connected' || state.status === 'reconnecting'
  const details: string[] = []
  if (live && state.batteryPercent !== undefined) details.push(`Battery ${state.batteryPercent} %`)
  if (live && state.bodyLocation !== undefined) details.push(LOCATION_TEXT[state.bodyLocation])
  if (live && state.packets > 0) details.push(`${state.packets} reading${state.packets === 1 ? '' : 's'} this session`)
  if (live && state.hrvBeats >= 2 && Number.isFinite(state.rmssdMs)) {
    details.push(`HRV (RMSSD) ${Math.round(state.rmssdMs)} ms over ${state.hrvBeats} beats`)
  }
  const warning =
    live && state.badPackets > 0
      ? `Ignored ${state.badPackets} unreadable reading${state.badPackets === 1 ? '' : 's'} from the sensor (last: ${(state.lastPacketError ?? 'unknown').replace(LIBRARY_PREFIX, '')}).`
      : undefined
  let action: HeartRateStatusText['action'] = 'connect'
  if (state.status === 'connecting' || live) action = 'disconnect'
  else if (state.status === 'requesting') action = 'none'
  else if (state.status === 'unsupported' && state.problem?.code !== 'no-adapter') action = 'none'
  return { line: mainLine(state), details, warning, action }
}
