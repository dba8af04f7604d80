#!/usr/bin/env bash
# BigBlueButton test double on 127.0.0.1:$BBB_PORT: start | stop | status.
# Server URL: http://127.0.0.1:$BBB_PORT/bigbluebutton/  shared secret: $VAR/bbb-secret
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LOG="$VAR/log/bbb-double.log"
SECRET_FILE="$VAR/bbb-secret"
mkdir -p "$VAR/log"

start() {
  if running bbb-double; then
    info "bbb-double already running (pid $(cat "$VAR/pids/bbb-double.pid"))"
    return 0
  fi
  port_open "$BBB_PORT" && die "port $BBB_PORT is already taken by another process"
  ensure_apt openssl
  if [ ! -s "$SECRET_FILE" ]; then
    # No trailing newline: readers (PHP, shell) take the file as it is.
    (umask 077 && printf '%s' "$(openssl rand -hex 24)" > "$SECRET_FILE")
  fi
  step "starting BigBlueButton test double on 127.0.0.1:$BBB_PORT"
  cd "$ROOT"
  BBB_SECRET="$(cat "$SECRET_FILE")"
  export BBB_SECRET BBB_PORT
  start_bg bbb-double "$LOG" node_modules/.bin/tsx tests/bbb-double/main.ts
  # Fail fast with the log when it dies (e.g. a bad install) instead of waiting for the port.
  for _ in $(seq 1 60); do
    port_open "$BBB_PORT" && break
    running bbb-double || { tail -n 20 "$LOG" >&2; rm -f "$VAR/pids/bbb-double.pid"; die "bbb-double exited during start"; }
    sleep 0.5
  done
  wait_port "$BBB_PORT" 1 bbb-double
  info "http://127.0.0.1:$BBB_PORT/bigbluebutton/  (secret in $SECRET_FILE, log $LOG)"
}

stop() {
  if running bbb-double; then step "stopping bbb-double"; fi
  stop_bg bbb-double
}

status() {
  if running bbb-double; then
    info "bbb-double running (pid $(cat "$VAR/pids/bbb-double.pid")) on http://127.0.0.1:$BBB_PORT/bigbluebutton/"
  else
    info "bbb-double stopped"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
