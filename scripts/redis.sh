#!/usr/bin/env bash
# Redis for the cluster stack: Moodle's sessions (\core\session\redis) and its MUC application
# store. Debian's redis-server on 127.0.0.1:$REDIS_PORT, data in memory only (a restart empties it,
# as a cache should be), plus PHP's redis extension (php8.2-redis), which both uses need.
#   scripts/redis.sh start|stop|status|flush|cli ARGS
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REDIS_PORT="${REDIS_PORT:-6380}"
REDIS_LOG="$VAR/log/redis.log"

start() {
  ensure_apt redis-server redis-tools php8.2-redis
  if running redis; then return 0; fi
  port_open "$REDIS_PORT" && die "port $REDIS_PORT (REDIS_PORT) is taken by another process"
  mkdir -p "$VAR/redis" "$(dirname "$REDIS_LOG")"
  start_bg redis "$REDIS_LOG" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$VAR/redis" \
    --save '' --appendonly no --protected-mode yes --daemonize no --maxmemory 256mb --maxmemory-policy noeviction
  wait_port "$REDIS_PORT" 20 "Redis"
  info "Redis on 127.0.0.1:$REDIS_PORT (log: $REDIS_LOG)"
}

stop() { stop_bg redis; }

status() {
  if running redis; then echo "redis: running (pid $(cat "$VAR/pids/redis.pid")), 127.0.0.1:$REDIS_PORT"
  else echo "redis: stopped"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  flush) redis-cli -h 127.0.0.1 -p "$REDIS_PORT" flushall >/dev/null ;;
  cli) shift; exec redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@" ;;
  *) echo "usage: $0 start|stop|status|flush|cli ARGS" >&2; exit 2 ;;
esac
