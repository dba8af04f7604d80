#!/usr/bin/env bash
# The whole local stack without Docker: PostgreSQL, Moodle 4.5 with our plugins, PHP's web server
# behind a small front proxy (Moodle and Etherpad on one origin), Etherpad, the BBB test double,
# demo data.   stack.sh start | stop | status
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
MOODLE="$ROOT/scripts/moodle.sh"

# The Moodle settings the stack needs: one "component|name|value" per entry (values may span lines).
# Moodle's outgoing-request guard blocks loopback and non-standard ports by default; this local
# stack talks to Etherpad and the BBB test double on 127.0.0.1, so it allows exactly those.
site_settings() {
  local bbbsecret="" apikey=""
  [ -s "$VAR/bbb-secret" ] && bbbsecret="$(cat "$VAR/bbb-secret")"
  [ -s "$VAR/etherpad/APIKEY.txt" ] && apikey="$(cat "$VAR/etherpad/APIKEY.txt")"
  printf '%s\0' \
    "core|curlsecurityblockedhosts|192.168.0.0/16
10.0.0.0/8
172.16.0.0/12
0.0.0.0
169.254.169.254
0000::1" \
    "core|curlsecurityallowedport|80
443
$FRONT_PORT
$ETHERPAD_PORT
$BBB_PORT" \
    "mod_devcircle|bbb_serverurl|http://127.0.0.1:$BBB_PORT/bigbluebutton/" \
    "mod_devcircle|bbb_secret|$bbbsecret" \
    "mod_devcircle|bbb_checksum|sha256" \
    "mod_devcircle|etherpad_url|http://localhost:$FRONT_PORT/etherpad/" \
    "mod_devcircle|etherpad_apikey|$apikey" \
    "mod_devcircle|etherpad_cookiedomain|"
}

# Writes the settings when they differ from what was written last (a hash of them is kept in the
# site's folder): a changed port, secret or API key reconfigures the site on the next start.
configure_site() {
  local marker="$VAR/moodle-$MOODLE_VERSION/configured" want
  want="$(site_settings | sha1sum | cut -c1-40)"
  [ "$(cat "$marker" 2>/dev/null)" = "$want" ] && return 0
  step "Moodle: settings for Etherpad and BigBlueButton"
  local www entry component name value; www="$(bash "$MOODLE" www)"
  while IFS= read -r -d '' entry; do
    component="${entry%%|*}"; entry="${entry#*|}"; name="${entry%%|*}"; value="${entry#*|}"
    if [ "$component" = core ]; then
      bash "$MOODLE" php "$www/admin/cli/cfg.php" --name="$name" --set="$value"
    else
      bash "$MOODLE" php "$www/admin/cli/cfg.php" --component="$component" --name="$name" --set="$value"
    fi
  done < <(site_settings)
  echo "$want" > "$marker"
}

start() {
  step "digit@l und sozi@l: starting the local stack"
  ensure_node_modules
  bash "$MOODLE" site
  if skipped etherpad; then info "Etherpad: not started (SKIP=etherpad)"
  else step "Etherpad"; bash "$ROOT/scripts/etherpad.sh" start; fi
  if skipped bbb; then info "BigBlueButton test double: not started (SKIP=bbb)"
  else step "BigBlueButton test double"; bash "$ROOT/scripts/bbb-double.sh" start; fi
  configure_site
  step "Moodle: demo data"
  bash "$MOODLE" php "$ROOT/scripts/seed-demo.php" "$(bash "$MOODLE" www)"
  if ! running php-server; then
    step "PHP web server on 127.0.0.1:$PHP_PORT"
    mkdir -p "$VAR/log"
    # With opcache, as any production PHP: without it every request compiles Moodle anew, and the
    # server times the benchmarks read from Moodle's performance footer would mostly measure that.
    PHP_CLI_SERVER_WORKERS=4 start_bg php-server "$VAR/log/php-server.log" \
      php -d max_input_vars=5000 -d memory_limit=512M -d opcache.enable_cli=1 -S "127.0.0.1:$PHP_PORT" -t "$(bash "$MOODLE" www)"
    wait_port "$PHP_PORT" 20 "PHP web server"
  fi
  bash "$ROOT/scripts/front-proxy.sh" start
  wait_port "$FRONT_PORT" 20 "front proxy"
  step "ready"
  cat <<MSG

  Moodle:     http://localhost:$FRONT_PORT/        (course "Digitaler Entwicklungszirkel")
  Etherpad:   http://localhost:$FRONT_PORT/etherpad/   (API on 127.0.0.1:$ETHERPAD_PORT)
  BBB double: http://127.0.0.1:$BBB_PORT/bigbluebutton/api
  Logins (password for all: ${DEMO_PASSWORD:-Demo123!}, admin: ${ADMIN_PASSWORD:-Admin123!}):
    admin      site administrator
    moderator  academy moderator (teacher in the course)
    anna, ben  participants, Caritas Sozialstation Nord
    clara      participant, Lebenshilfe Werkstätten Süd
    david      participant, Beratungszentrum Mitte
  Stop with:  npm run stack:stop
MSG
}

stop() {
  step "stopping the local stack"
  bash "$ROOT/scripts/front-proxy.sh" stop || true
  stop_bg php-server
  bash "$ROOT/scripts/bbb-double.sh" stop || true
  bash "$ROOT/scripts/etherpad.sh" stop || true
  bash "$MOODLE" db-stop
  step "stopped"
}

status() {
  for n in php-server front-proxy etherpad bbb-double; do
    if running "$n"; then echo "$n: running (pid $(cat "$VAR/pids/$n.pid"))"; else echo "$n: stopped"; fi
  done
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: stack.sh start|stop|status"; exit 2 ;;
esac
