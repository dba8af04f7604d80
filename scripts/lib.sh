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

# apt-get that waits for other package managers instead of failing at once: dpkg's lock (another
# apt-get, unattended-upgrades) for up to 10 minutes, and our own scripts queue behind each other.
# Its output goes to a log that is shown when it fails.
apt_get() {
  local log; log="$(mktemp)"
  mkdir -p /run/lock
  if flock -w 900 /run/lock/digitalsozial-apt.lock env DEBIAN_FRONTEND=noninteractive \
      apt-get -o DPkg::Lock::Timeout=600 -o APT::Get::Assume-Yes=true -q "$@" >"$log" 2>&1; then
    rm -f "$log"; return 0
  fi
  cat "$log" >&2; rm -f "$log"
  return 1
}
# apt-get update; the package lists' own lock is waited for as well (older apt versions do not
# apply DPkg::Lock::Timeout to it).
apt_update() {
  local i
  for i in $(seq 1 60); do
    apt_get update 2>"$VAR/.apt-update.err" && { rm -f "$VAR/.apt-update.err"; return 0; }
    grep -qi 'lock' "$VAR/.apt-update.err" || { cat "$VAR/.apt-update.err" >&2; return 1; }
    [ "$i" = 1 ] && info "waiting for another package manager (apt lists are locked)"
    sleep 10
  done
  cat "$VAR/.apt-update.err" >&2; return 1
}

# Installs the Debian packages that are missing (once; later runs find them installed).
ensure_apt() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "Debian packages missing: ${missing[*]} (run as root, or install them first)"
  info "installing Debian packages: ${missing[*]}"
  if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then apt_update || die "apt-get update failed"; fi
  apt_get install "${missing[@]}" 2>/dev/null || {
    # Stale package lists (a package moved to a new version): refresh them once and try again.
    apt_update || die "apt-get update failed"
    apt_get install "${missing[@]}" || die "installing ${missing[*]} failed (output above)"
  }
}

# Runs Composer quietly; when it fails, shows what Composer said (and returns its status).
composer_quiet() {
  local log; log="$(mktemp)"
  COMPOSER_ALLOW_SUPERUSER=1 composer --no-interaction --no-progress "$@" >"$log" 2>&1 && { rm -f "$log"; return 0; }
  local rc=$?
  printf 'composer %s failed (exit %s); its output:\n' "$*" "$rc" >&2
  sed 's/^/    /' "$log" >&2; rm -f "$log"
  return "$rc"
}

# The project's own Composer packages (PHP_CodeSniffer, PHPUnit for the domain tests), installed when
# composer.json or composer.lock changed since the last install (recorded by their hash).
composer_inputs_hash() { { cat "$ROOT/composer.json"; cat "$ROOT/composer.lock" 2>/dev/null || true; } | sha1sum | cut -c1-40; }
ensure_composer_vendor() {
  if [ ! -x "$ROOT/vendor/bin/phpcs" ] || [ "$(cat "$ROOT/vendor/.installed-hash" 2>/dev/null)" != "$(composer_inputs_hash)" ]; then
    info "installing Composer packages"
    (cd "$ROOT" && composer_quiet install) || die "composer install failed (output above)"
    composer_inputs_hash > "$ROOT/vendor/.installed-hash"
  fi
}

# PostgreSQL's server programs: Debian keeps them in /usr/lib/postgresql/<version>/bin (only the
# client wrappers are on PATH). The newest installed version is used.
pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  dir="$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")"
  [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  die "PostgreSQL's server programs (pg_ctl, initdb) not found under /usr/lib/postgresql/*/bin"
}

# Opt-outs named by the user: SKIP=browser,etherpad,… (FAST_ONLY=1 adds everything that needs Moodle).
# skipped NAME -> true when NAME was opted out.
skip_list() {
  local s="${SKIP:-} ${DIGISOZ_SKIP:-}"
  if [ -n "${FAST_ONLY:-}" ] && [ "${FAST_ONLY}" != 0 ]; then s="$s moodle-4.5 moodle-5.0 upgrade mustache browser etherpad bbb german"; fi
  echo "$s" | tr ', ' '\n\n' | sed '/^$/d' | awk '!seen[$0]++' | paste -sd, -
}
skipped() { [[ ",$(skip_list)," == *",$1,"* ]]; }

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
