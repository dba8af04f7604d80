#!/usr/bin/env bash
# Front proxy: one origin for Moodle and the pads.
#   http://127.0.0.1:$FRONT_PORT/           -> PHP's built-in server on $PHP_PORT
#   (PHP_PORTS="p1,p2": the cluster's web nodes in turn, header X-Cluster-Node; see front-proxy.ts)
#   http://127.0.0.1:$FRONT_PORT/etherpad/  -> Etherpad on $ETHERPAD_PORT (prefix stripped)
#
#   scripts/front-proxy.sh start|stop|restart|status
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FP_LOG="$VAR/log/front-proxy.log"
FP_URL="http://127.0.0.1:$FRONT_PORT"

start() {
  if running front-proxy; then info "front proxy already running on $FP_URL (pid $(cat "$VAR/pids/front-proxy.pid"))"; return 0; fi
  port_open "$FRONT_PORT" && die "port $FRONT_PORT is taken by another process"
  [ -x "$ROOT/node_modules/.bin/tsx" ] || ensure_node_modules
  mkdir -p "$(dirname "$FP_LOG")"
  step "Starting the front proxy on $FP_URL (PHP :$PHP_PORT, /etherpad/ -> :$ETHERPAD_PORT)"
  start_bg front-proxy "$FP_LOG" env FRONT_PORT="$FRONT_PORT" PHP_PORT="$PHP_PORT" PHP_PORTS="${PHP_PORTS:-}" ETHERPAD_PORT="$ETHERPAD_PORT" \
    "$ROOT/node_modules/.bin/tsx" "$ROOT/scripts/front-proxy.ts"
  local i=0
  until port_open "$FRONT_PORT"; do
    if ! running front-proxy; then
      tail -n 20 "$FP_LOG" >&2 || true
      rm -f "$VAR/pids/front-proxy.pid"
      die "the front proxy exited during start-up (log: $FP_LOG)"
    fi
    sleep 0.2; i=$((i + 1))
    [ $i -gt 100 ] && { stop; die "the front proxy did not come up on port $FRONT_PORT (log: $FP_LOG)"; }
  done
  info "front proxy on $FP_URL (log: $FP_LOG)"
}

stop() {
  if running front-proxy; then
    step "Stopping the front proxy"
    stop_bg front-proxy
  else
    rm -f "$VAR/pids/front-proxy.pid"
  fi
}

status() {
  if running front-proxy; then
    echo "front-proxy: running, pid $(cat "$VAR/pids/front-proxy.pid"), $FP_URL"
  else
    echo "front-proxy: stopped"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac
