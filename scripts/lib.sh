# Shared shell helpers for the stack and test scripts. Source, do not run.
# Paths: ROOT = repository, VAR = per-clone runtime state (git-ignored),
# CACHE = downloads shared by every clone on this machine (Moodle core, Etherpad).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VAR="${DIGISOZ_VAR:-$ROOT/.var}"
CACHE="${DIGISOZ_CACHE:-$HOME/.cache/digitalsozial}"
MOODLE_VERSION="${MOODLE_VERSION:-4.5}"
mkdir -p "$VAR" "$CACHE"

# Ports (all on 127.0.0.1). The front port serves Moodle and, under /etherpad/, the pads:
# one origin, so the pad's cookies work inside Moodle's iframe over plain HTTP.
PG_PORT="${PG_PORT:-54329}"
FRONT_PORT="${FRONT_PORT:-8080}"
PHP_PORT="${PHP_PORT:-8081}"
ETHERPAD_PORT="${ETHERPAD_PORT:-9001}"
BBB_PORT="${BBB_PORT:-8090}"

_T0="${_T0:-$(date +%s)}"
export _T0
step() { printf '\033[1m[%4ss] %s\033[0m\n' "$(( $(date +%s) - _T0 ))" "$*"; }
info() { printf '        %s\n' "$*"; }
die()  { printf '\033[31merror: %s\033[0m\n' "$*" >&2; exit 1; }

# Installs the Debian packages that are missing (quietly, once).
ensure_apt() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  info "installing Debian packages: ${missing[*]}"
  if [ ! -f /var/lib/apt/lists/lock ] || [ -z "$(ls /var/lib/apt/lists/*Packages 2>/dev/null | head -1)" ]; then
    apt-get update -qq >/dev/null
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || {
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  }
}

# npm ci only when package-lock.json changed since the last install (recorded by its hash).
ensure_node_modules() {
  local want; want="$(sha1sum "$ROOT/package-lock.json" | cut -c1-40)"
  if [ "$(cat "$ROOT/node_modules/.installed-lock" 2>/dev/null)" != "$want" ]; then
    info "installing npm packages"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$ROOT/node_modules/.installed-lock"
  fi
}

# Is something answering on a local port?
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { # port seconds name
  local i=0
  while ! port_open "$1"; do
    sleep 0.5; i=$((i+1))
    if [ $i -gt $(( $2 * 2 )) ]; then die "$3 did not come up on port $1"; fi
  done
}
# Starts a background process, remembering its PID (and its process group) in $VAR/pids/NAME.
start_bg() { # name logfile cmd...
  local name="$1" log="$2"; shift 2
  mkdir -p "$VAR/pids"
  setsid "$@" >"$log" 2>&1 < /dev/null &
  echo $! > "$VAR/pids/$name.pid"
}
# Stops a process started by start_bg: its whole process group, so workers go too.
stop_bg() {
  local f="$VAR/pids/$1.pid"; [ -f "$f" ] || return 0
  local pid; pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}
running() { local f="$VAR/pids/$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }
