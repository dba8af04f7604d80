#!/usr/bin/env bash
# Redis for the cluster stack, two instances as Moodle's documentation advises for production:
#   sessions  127.0.0.1:$REDIS_PORT        Moodle's sessions (\core\session\redis); maxmemory with
#                                           noeviction: a session must never be evicted (a full
#                                           Redis refuses writes instead of logging users out)
#   cache     127.0.0.1:$REDIS_CACHE_PORT  the MUC application store (default REDIS_PORT+1);
#                                           maxmemory with allkeys-lru: a cache may lose entries
# Debian's redis-server, data in memory only (a restart empties it), plus PHP's redis extension
# (php8.2-redis), which both uses need. One instance can be stopped alone (the outage test does).
#   scripts/redis.sh start|stop|status [sessions|cache]   (both when none is named)
#   scripts/redis.sh flush [sessions|cache]
#   scripts/redis.sh cli sessions|cache ARGS
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REDIS_PORT="${REDIS_PORT:-6380}"
REDIS_CACHE_PORT="${REDIS_CACHE_PORT:-$((REDIS_PORT + 1))}"
INSTANCES=(sessions cache)

port_of() { if [ "$1" = cache ]; then echo "$REDIS_CACHE_PORT"; else echo "$REDIS_PORT"; fi; }
portvar_of() { if [ "$1" = cache ]; then echo REDIS_CACHE_PORT; else echo REDIS_PORT; fi; }
# Memory limit and what Redis does when it is reached.
policy_of() { if [ "$1" = cache ]; then echo "128mb allkeys-lru"; else echo "256mb noeviction"; fi; }

start_one() { # instance
  local name="redis-$1" port log memory policy
  port="$(port_of "$1")"; log="$VAR/log/$name.log"
  read -r memory policy <<<"$(policy_of "$1")"
  if running "$name"; then return 0; fi
  port_open "$port" && die "port $port ($(portvar_of "$1")) is taken by another process"
  mkdir -p "$VAR/$name" "$(dirname "$log")"
  start_bg "$name" "$log" redis-server --bind 127.0.0.1 --port "$port" --dir "$VAR/$name" \
    --save '' --appendonly no --protected-mode yes --daemonize no --maxmemory "$memory" --maxmemory-policy "$policy"
  wait_port "$port" 20 "Redis ($1)"
  info "Redis ($1) on 127.0.0.1:$port, maxmemory $memory, $policy (log: $log)"
}

stop_one() { # instance
  stop_bg "redis-$1"
  # Stopped means the port is closed: a test that stops an instance relies on that.
  local i; for i in $(seq 1 40); do port_open "$(port_of "$1")" || return 0; sleep 0.25; done
  die "Redis ($1) still answers on port $(port_of "$1")"
}

status_one() { # instance
  if running "redis-$1"; then echo "redis-$1: running (pid $(cat "$VAR/pids/redis-$1.pid")), 127.0.0.1:$(port_of "$1")"
  else echo "redis-$1: stopped"; return 3; fi
}

# The instances a command applies to: the one named, or both.
targets() { # [instance]
  case "${1:-}" in
    '') echo "${INSTANCES[@]}" ;;
    *) echo "$1" ;;
  esac
}

usage() { echo "usage: $0 start|stop|status|flush [sessions|cache] | cli sessions|cache ARGS" >&2; exit 2; }

cmd="${1:-}"; [ $# -gt 0 ] && shift
case "${1:-}" in ''|sessions|cache) ;; *) die "unknown Redis instance '$1' (known: sessions, cache)" ;; esac
case "$cmd" in
  start)
    ensure_apt redis-server redis-tools php8.2-redis
    for i in $(targets "${1:-}"); do start_one "$i"; done ;;
  stop)
    [ -n "${1:-}" ] || stop_bg redis # the single instance of earlier versions, if one still runs
    for i in $(targets "${1:-}"); do stop_one "$i"; done ;;
  status)
    rc=0; for i in $(targets "${1:-}"); do status_one "$i" || rc=3; done; exit "$rc" ;;
  flush) for i in $(targets "${1:-}"); do redis-cli -h 127.0.0.1 -p "$(port_of "$i")" flushall >/dev/null; done ;;
  cli)
    case "${1:-}" in sessions|cache) ;; *) usage ;; esac
    port="$(port_of "$1")"; shift; exec redis-cli -h 127.0.0.1 -p "$port" "$@" ;;
  *) usage ;;
esac
