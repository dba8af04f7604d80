#!/usr/bin/env bash
# The whole local stack without Docker: PostgreSQL, Moodle 4.5 with our plugins, PHP's web server
# behind a small front proxy (Moodle and Etherpad on one origin), Etherpad, the BBB test double,
# demo data.   stack.sh start | stop | status
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
MOODLE="$ROOT/scripts/moodle.sh"

configure_site() {
  local www; www="$(bash "$MOODLE" www)"
  local cfg=(bash "$MOODLE" php "$www/admin/cli/cfg.php")
  local bbbsecret; bbbsecret="$(cat "$VAR/bbb-secret")"
  # Moodle's outgoing-request guard blocks loopback and non-standard ports by default; this local
  # stack talks to Etherpad and the BBB test double on 127.0.0.1, so it allows exactly those.
  "${cfg[@]}" --name=curlsecurityblockedhosts --set="192.168.0.0/16
10.0.0.0/8
172.16.0.0/12
0.0.0.0
169.254.169.254
0000::1"
  "${cfg[@]}" --name=curlsecurityallowedport --set="80
443
$FRONT_PORT
$ETHERPAD_PORT
$BBB_PORT"
  "${cfg[@]}" --component=mod_devcircle --name=bbb_serverurl --set="http://127.0.0.1:$BBB_PORT/bigbluebutton/"
  "${cfg[@]}" --component=mod_devcircle --name=bbb_secret --set="$bbbsecret"
  "${cfg[@]}" --component=mod_devcircle --name=bbb_checksum --set=sha256
  "${cfg[@]}" --component=mod_devcircle --name=etherpad_url --set="http://localhost:$FRONT_PORT/etherpad/"
  "${cfg[@]}" --component=mod_devcircle --name=etherpad_apikey --set="$(bash "$ROOT/scripts/etherpad.sh" apikey)"
  "${cfg[@]}" --component=mod_devcircle --name=etherpad_cookiedomain --set=""
}

start() {
  step "digit@l und sozi@l: starting the local stack"
  ensure_node_modules
  bash "$MOODLE" site
  step "Etherpad"; bash "$ROOT/scripts/etherpad.sh" start
  step "BigBlueButton test double"; bash "$ROOT/scripts/bbb-double.sh" start
  if [ ! -f "$VAR/moodle-$MOODLE_VERSION/configured" ] || [ "$ROOT/scripts/stack.sh" -nt "$VAR/moodle-$MOODLE_VERSION/configured" ]; then
    step "Moodle: settings for Etherpad and BigBlueButton"
    configure_site
    touch "$VAR/moodle-$MOODLE_VERSION/configured"
  fi
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
