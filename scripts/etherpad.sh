#!/usr/bin/env bash
# Etherpad 1.8.14 (npm package ep_etherpad-lite) for the local stack and the browser tests.
#
#   scripts/etherpad.sh install   build it once per machine under $CACHE/etherpad-1.8.14
#   scripts/etherpad.sh start     run it on 127.0.0.1:$ETHERPAD_PORT (state under .var/etherpad)
#   scripts/etherpad.sh stop | status | apikey
#
# The install is shared by every clone and never written to at run time: settings, API key,
# session key and the dirty database live in $VAR/etherpad, passed with --settings, --apikey,
# --sessionkey and --credentials. A preload (etherpad-loopback-only.cjs) keeps Etherpad and its
# child processes on loopback; its start-up update check fails at once.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

EP_VERSION="1.8.14"
EP_HOME="$CACHE/etherpad-$EP_VERSION"
EP_VAR="$VAR/etherpad"
EP_LOG="$VAR/log/etherpad.log"
EP_PRELOAD="$ROOT/scripts/etherpad-loopback-only.cjs"
EP_URL="http://127.0.0.1:$ETHERPAD_PORT"

now_ms() { date +%s%3N; }

installed() { [ -f "$EP_HOME/.installed" ] && [ -f "$EP_HOME/src/node/server.js" ]; }

install() {
  if installed; then info "Etherpad $EP_VERSION already installed in $EP_HOME"; return 0; fi
  command -v npm >/dev/null || die "npm is needed to install Etherpad"
  # One installer at a time per machine; the others wait and then find it installed.
  exec 9>"$CACHE/.etherpad-$EP_VERSION.lock"
  flock 9
  if installed; then info "Etherpad $EP_VERSION installed meanwhile"; exec 9>&-; return 0; fi
  local t0; t0=$(now_ms)
  step "Installing Etherpad $EP_VERSION (npm package ep_etherpad-lite) into $EP_HOME"
  rm -rf "$CACHE/.etherpad-$EP_VERSION.tmp."*   # left-overs of interrupted installs
  [ -e "$EP_HOME" ] && { info "removing incomplete $EP_HOME"; rm -rf "$EP_HOME"; }
  local tmp; tmp="$(mktemp -d "$CACHE/.etherpad-$EP_VERSION.tmp.XXXXXX")"
  chmod 755 "$tmp"
  # Layout of Etherpad's own repository, the only one that runs on Node 20:
  #   <root>/src = the package with its dependencies in src/node_modules,
  #   <root>/node_modules/ep_etherpad-lite -> ../src (how it finds its base directory).
  local tgz
  tgz="$(cd "$tmp" && npm pack --silent --prefer-offline --no-update-notifier "ep_etherpad-lite@$EP_VERSION")"
  tar -xzf "$tmp/$tgz" -C "$tmp" && rm -f "$tmp/$tgz"
  mv "$tmp/package" "$tmp/src"
  # No dev dependencies (they do not even resolve together any more). The optional sqlite3 of
  # ueberdb2 points at a code host; overriding it with a registry version stops npm from trying
  # to fetch it from there (it is not installed: --omit=optional).
  node -e '
    const fs = require("fs"); const f = process.argv[1];
    const p = JSON.parse(fs.readFileSync(f, "utf8"));
    delete p.devDependencies;
    p.overrides = {sqlite3: "5.1.7"};
    fs.writeFileSync(f, JSON.stringify(p, null, 2) + "\n");' "$tmp/src/package.json"
  info "npm install (about 1 minute; half that with a warm npm cache)"
  (cd "$tmp/src" && npm install --prefer-offline --omit=optional --omit=dev --no-audit --no-fund \
      --no-update-notifier --loglevel=error >/dev/null)
  mkdir -p "$tmp/node_modules"
  ln -s ../src "$tmp/node_modules/ep_etherpad-lite"
  # Only a guard for a start by hand without --settings: loopback, sessions required. There is
  # deliberately no var/ here, so such a start fails instead of writing into the shared install
  # (with var/ present Etherpad would also cache minified assets there on every run).
  cat > "$tmp/settings.json" <<'JSON'
{
  "title": "Etherpad",
  "ip": "127.0.0.1",
  "port": 9001,
  "dbType": "dirty",
  "dbSettings": {"filename": "var/dirty.db"},
  "requireSession": true,
  "editOnly": true,
  "users": {}
}
JSON
  [ -f "$tmp/src/node_modules/express/package.json" ] && [ -x "$tmp/src/node_modules/.bin/npm" ] \
    || die "Etherpad install in $tmp is incomplete"
  printf 'ep_etherpad-lite %s installed %s\n' "$EP_VERSION" "$(date -u +%FT%TZ)" > "$tmp/.installed"
  mv -T "$tmp" "$EP_HOME"
  exec 9>&-
  info "installed in $(( ($(now_ms) - t0) / 1000 ))s ($(du -sh "$EP_HOME" | cut -f1))"
}

write_settings() {
  EP_SETTINGS_PORT="$ETHERPAD_PORT" EP_SETTINGS_DB="$EP_VAR/dirty.db" node -e '
    const s = {
      title: "Etherpad",
      ip: "127.0.0.1",
      port: Number(process.env.EP_SETTINGS_PORT),
      dbType: "dirty",
      dbSettings: {filename: process.env.EP_SETTINGS_DB},
      // Pads only through sessions made by Moodle (createSession + sessionID cookie);
      // no pad is ever created by visiting its URL.
      requireSession: true,
      editOnly: true,
      // Served behind the front proxy, which sets X-Forwarded-*.
      trustProxy: true,
      minify: false,
      skinName: "colibris",
      defaultPadText: "",
      suppressErrorsInPadText: true,
      users: {},
      showSettingsInAdminPage: false,
      loglevel: "WARN",
      logconfig: {appenders: [{type: "console", layout: {type: "basic"}}]},
    };
    process.stdout.write(JSON.stringify(s, null, 2) + "\n");' > "$EP_VAR/settings.json"
}

start() {
  ensure_apt curl
  installed || install
  if running etherpad; then info "Etherpad already running on $EP_URL (pid $(cat "$VAR/pids/etherpad.pid"))"; return 0; fi
  port_open "$ETHERPAD_PORT" && die "port $ETHERPAD_PORT is taken by another process"
  mkdir -p "$EP_VAR" "$(dirname "$EP_LOG")"
  if [ ! -s "$EP_VAR/APIKEY.txt" ]; then
    (umask 077; od -An -tx1 -N32 /dev/urandom | tr -d ' \n' > "$EP_VAR/APIKEY.txt")
  fi
  write_settings
  step "Starting Etherpad $EP_VERSION on $EP_URL"
  local t0; t0=$(now_ms)
  # NODE_OPTIONS carries the loopback guard into child processes too (Etherpad runs its bundled
  # npm 6 to list plugins); npm's own update notifier is switched off as well.
  (cd "$EP_VAR" && start_bg etherpad "$EP_LOG" env \
      NODE_OPTIONS="--require \"$EP_PRELOAD\"" \
      NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false \
      node --require "$EP_PRELOAD" "$EP_HOME/node_modules/ep_etherpad-lite/node/server.js" \
        --settings "$EP_VAR/settings.json" \
        --apikey "$EP_VAR/APIKEY.txt" \
        --sessionkey "$EP_VAR/SESSIONKEY.txt" \
        --credentials "$EP_VAR/credentials.json")
  local deadline=$(( $(now_ms) + 90000 ))
  until curl -fsS --max-time 2 "$EP_URL/api" 2>/dev/null | grep -q currentVersion; do
    if ! running etherpad; then
      tail -n 30 "$EP_LOG" >&2 || true
      rm -f "$VAR/pids/etherpad.pid"
      die "Etherpad exited during start-up (log: $EP_LOG)"
    fi
    if [ "$(now_ms)" -gt "$deadline" ]; then
      tail -n 30 "$EP_LOG" >&2 || true
      stop
      die "Etherpad did not answer on $EP_URL/api within 90s (log: $EP_LOG)"
    fi
    sleep 0.2
  done
  local ms=$(( $(now_ms) - t0 ))
  info "Etherpad answers on $EP_URL/api after $((ms / 1000)).$(printf '%03d' $((ms % 1000)))s (log: $EP_LOG)"
}

stop() {
  if running etherpad; then
    step "Stopping Etherpad"
    stop_bg etherpad
  else
    rm -f "$VAR/pids/etherpad.pid"
  fi
}

status() {
  if running etherpad; then
    local pid rss; pid="$(cat "$VAR/pids/etherpad.pid")"
    rss="$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ')"
    local api; api="$(curl -fsS --max-time 2 "$EP_URL/api" 2>/dev/null || echo 'not answering')"
    echo "etherpad: running, pid $pid, RSS $(( ${rss:-0} / 1024 )) MB, $EP_URL/api: $api"
  else
    echo "etherpad: stopped"
    return 3
  fi
}

apikey() {
  [ -s "$EP_VAR/APIKEY.txt" ] || die "no API key yet: run scripts/etherpad.sh start"
  cat "$EP_VAR/APIKEY.txt"; echo
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  apikey) apikey ;;
  *) echo "usage: $0 install|start|stop|restart|status|apikey" >&2; exit 2 ;;
esac
