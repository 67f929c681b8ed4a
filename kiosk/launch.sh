#!/usr/bin/env bash
# Vitrine kiosk launcher: starts Chromium in kiosk mode on the kiosk page and keeps it there. When
# Chromium exits or crashes it is started again after a pause that doubles from 1 s up to 60 s
# (back to 1 s once it has run for 5 minutes). Every start, exit and restart is logged.
#
#   kiosk/launch.sh [--url URL] [--chromium PATH] [--profile DIR] [--log FILE]
#                   [--auto-allow-camera] [--max-restarts N] [--once] [-- EXTRA CHROMIUM FLAGS...]
#
#   --url URL            the kiosk page (default $VITRINE_KIOSK_URL or http://localhost:4173/kiosk/)
#   --chromium PATH      the browser (default $VITRINE_CHROMIUM, else chromium, chromium-browser, google-chrome)
#   --profile DIR        Chromium's profile, kept between starts so the offline copy survives
#                        (default $VITRINE_KIOSK_PROFILE or ~/.local/state/vitrine-kiosk/profile)
#   --log FILE           append the log there (default $VITRINE_KIOSK_LOG, else standard error)
#   --auto-allow-camera  accept every camera prompt (--use-fake-ui-for-media-stream). Only when asked:
#                        the normal way is the managed policy kiosk/chromium-policy.json, which allows
#                        the camera for the kiosk's origin only (see docs/kiosk/README.md)
#   --max-restarts N     give up after N restarts (default 0: never)
#   --once               start Chromium once and exit with its status (no restarts)
set -uo pipefail

url=${VITRINE_KIOSK_URL:-http://localhost:4173/kiosk/}
chromium=${VITRINE_CHROMIUM:-}
profile=${VITRINE_KIOSK_PROFILE:-${XDG_STATE_HOME:-$HOME/.local/state}/vitrine-kiosk/profile}
log_file=${VITRINE_KIOSK_LOG:-}
auto_allow=0
max_restarts=0
once=0
extra=()

MIN_DELAY_S=1
MAX_DELAY_S=60
# A run this long counts as healthy: the next crash restarts after the shortest pause again.
HEALTHY_RUN_S=300
POLICY_DIRS=(/etc/chromium/policies/managed /etc/opt/chrome/policies/managed)

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "vitrine-kiosk: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=${2:?--url needs a value}; shift 2 ;;
    --chromium) chromium=${2:?--chromium needs a value}; shift 2 ;;
    --profile) profile=${2:?--profile needs a value}; shift 2 ;;
    --log) log_file=${2:?--log needs a value}; shift 2 ;;
    --auto-allow-camera) auto_allow=1; shift ;;
    --max-restarts) max_restarts=${2:?--max-restarts needs a value}; shift 2 ;;
    --once) once=1; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[[ $max_restarts =~ ^[0-9]+$ ]] || die "--max-restarts must be a whole number, got '$max_restarts'"
[[ $url =~ ^https?:// ]] || die "--url must be an http(s) URL, got '$url'"

if [ -z "$chromium" ]; then
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then chromium=$(command -v "$candidate"); break; fi
  done
fi
[ -n "$chromium" ] && [ -x "$chromium" ] || die "no Chromium found: install it (apt-get install chromium) or pass --chromium PATH"

log() {
  local line
  line="$(date -Iseconds) vitrine-kiosk: $*"
  if [ -n "$log_file" ]; then echo "$line" >>"$log_file"; else echo "$line" >&2; fi
}

mkdir -p "$profile" || die "cannot create the profile folder $profile"
[ -z "$log_file" ] || mkdir -p "$(dirname "$log_file")" || die "cannot create the folder of $log_file"

flags=(
  --kiosk
  --user-data-dir="$profile"
  --no-first-run
  --no-default-browser-check
  --noerrdialogs
  --disable-infobars
  --disable-session-crashed-bubble
  --disable-features=Translate,TranslateUI
  # No swipe back, no pinch zoom, no pull to refresh: the visitor stays on the kiosk page.
  --overscroll-history-navigation=0
  --disable-pinch
  --pull-to-refresh=0
  --autoplay-policy=no-user-gesture-required
  # The browser itself makes no calls home either (updates come with the OS image).
  --disable-background-networking
  --disable-component-update
  --disable-sync
  --check-for-update-interval=31536000
  --password-store=basic
  # Web Bluetooth (heart-rate wearables) is behind this flag on Linux.
  --enable-features=WebBluetooth
)
if [ "$auto_allow" = 1 ]; then
  flags+=(--use-fake-ui-for-media-stream)
  log "camera prompts are accepted automatically (--auto-allow-camera)"
else
  found=0
  for dir in "${POLICY_DIRS[@]}"; do
    if grep -qs VideoCaptureAllowedUrls "$dir"/*.json; then found=1; fi
  done
  [ "$found" = 1 ] || log "warning: no managed policy allows the camera (install kiosk/chromium-policy.json, see docs/kiosk/README.md); the camera prompt will wait for a touch"
fi

# A crash leaves "exit_type: Crashed" in the profile, and Chromium would offer to restore pages.
mark_clean_exit() {
  local prefs="$profile/Default/Preferences"
  [ -f "$prefs" ] && sed -i 's/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/; s/"exited_cleanly":false/"exited_cleanly":true/' "$prefs"
  return 0
}

child=0
stop() {
  log "stopping (signal)"
  [ "$child" -gt 0 ] && kill -TERM "$child" 2>/dev/null && wait "$child"
  exit 0
}
trap stop TERM INT

delay=$MIN_DELAY_S
restarts=0
while true; do
  mark_clean_exit
  started=$(date +%s)
  log "starting $chromium on $url"
  "$chromium" "${flags[@]}" "${extra[@]}" "$url" &
  child=$!
  wait "$child"
  status=$?
  child=0
  ran=$(( $(date +%s) - started ))
  log "chromium exited with status $status after ${ran} s"
  [ "$once" = 1 ] && exit "$status"
  [ "$ran" -ge "$HEALTHY_RUN_S" ] && delay=$MIN_DELAY_S
  restarts=$((restarts + 1))
  if [ "$max_restarts" -gt 0 ] && [ "$restarts" -gt "$max_restarts" ]; then
    log "giving up after $max_restarts restarts"
    exit 1
  fi
  log "restart $restarts in ${delay} s"
  sleep "$delay" &
  child=$!
  wait "$child"
  child=0
  delay=$(( delay * 2 > MAX_DELAY_S ? MAX_DELAY_S : delay * 2 ))
done
