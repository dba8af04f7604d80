#!/usr/bin/env bash
# Runs every test of the suite (npm test). Installs what it needs; a second run reuses it all.
#   fast checks:   typecheck, lint (TypeScript, php -l, plugin checks), AMD build up to date,
#                  vitest unit tests, PHP domain tests (no Moodle), docker-compose.yml validation
#   Moodle checks: for each version in MOODLE_VERSIONS (default "4.5 5.0"): install core, add our
#                  plugins with upgrade.php (no debugging output allowed), PHPUnit inside Moodle
#   browser:       the local stack (4.5) and a 5.0 site in Chromium: pages, AMD modules, axe
# FAST_ONLY=1 runs only the fast checks.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
MOODLE_VERSIONS="${MOODLE_VERSIONS:-4.5 5.0}"
passed=0; failed=0; skipped=0; failures=()

run() { # name cmd...
  local name="$1"; shift
  step "$name"
  local t0; t0=$(date +%s)
  if "$@"; then passed=$((passed+1)); info "ok: $name ($(( $(date +%s) - t0 ))s)"
  else failed=$((failed+1)); failures+=("$name"); printf '\033[31m        FAILED: %s\033[0m\n' "$name"; fi
}
skip() { skipped=$((skipped+1)); printf '\033[33;1m        SKIPPED: %s\033[0m\n' "$*"; }

step "setting up tools"
ensure_apt php8.2-cli php8.2-xml php8.2-mbstring composer docker-compose chromium
ensure_node_modules
if [ ! -x vendor/bin/phpunit ] || [ composer.json -nt vendor/autoload.php ]; then composer install -q --no-interaction --no-progress; fi

php_lint() {
  # Two at a time: php -l starts a PHP process per file.
  git ls-files -co --exclude-standard -z -- '*.php' | xargs -0 -n 20 -P 2 sh -c \
    'for f; do php -l "$f" >/dev/null 2>&1 || { php -l "$f"; exit 1; }; done' sh
}

run "typecheck (tsc strict)" npx tsc --noEmit -p tsconfig.json
run "lint TypeScript (eslint)" npx eslint .
run "lint PHP (php -l)" php_lint
run "plugin checks (lang en/de, capability strings, templates)" php tests/php/check_plugins.php
run "AMD build is reproducible" npx tsx build/build-amd.ts --check
run "vitest unit tests" npx vitest run
run "PHP domain tests (no Moodle)" vendor/bin/phpunit --testsuite domain
run "docker-compose.yml is valid" env MOODLE_DIR=/path/to/moodle docker-compose -f docker-compose.yml config -q

if [ -z "${FAST_ONLY:-}" ]; then
  # mod_devcircle's PHPUnit tests talk to a real Etherpad (from npm) on loopback.
  if bash scripts/etherpad.sh start; then
    export DEVCIRCLE_TEST_ETHERPAD_URL="http://127.0.0.1:$ETHERPAD_PORT/"
    DEVCIRCLE_TEST_ETHERPAD_APIKEY="$(bash scripts/etherpad.sh apikey)"
    export DEVCIRCLE_TEST_ETHERPAD_APIKEY
  else
    skip "Etherpad did not start — mod_devcircle's tests against Etherpad did NOT run"
    [ -n "${CI:-}" ] && { failed=$((failed+1)); failures+=("Etherpad for PHPUnit"); }
  fi
  # mod_devcircle's PHPUnit tests talk to the BigBlueButton API test double on loopback.
  if bash scripts/bbb-double.sh start; then
    export DEVCIRCLE_TEST_BBB_URL="http://127.0.0.1:$BBB_PORT/bigbluebutton/"
    DEVCIRCLE_TEST_BBB_SECRET="$(cat "$VAR/bbb-secret")"
    export DEVCIRCLE_TEST_BBB_SECRET
  else
    skip "BBB test double did not start — mod_devcircle's webinar tests against it did NOT run"
    [ -n "${CI:-}" ] && { failed=$((failed+1)); failures+=("BBB test double for PHPUnit"); }
  fi
  for v in $MOODLE_VERSIONS; do
    if ! MOODLE_VERSION=$v bash scripts/moodle.sh core >/dev/null 2>&1; then
      skip "Moodle $v: no Moodle core available (set MOODLE_DIR) — its PHPUnit and browser tests did NOT run"
      [ -n "${CI:-}" ] && { failed=$((failed+1)); failures+=("Moodle $v core missing"); }
      continue
    fi
    run "Moodle $v: install core, add plugins with upgrade.php, no debugging output" env MOODLE_VERSION=$v bash scripts/moodle.sh site
    run "Moodle $v: PHPUnit environment" env MOODLE_VERSION=$v bash scripts/moodle.sh phpunit-init
    run "Moodle $v: PHPUnit tests of the three plugins" env MOODLE_VERSION=$v bash scripts/moodle.sh phpunit \
      --testsuite local_digitalstrategy_testsuite,mod_devcircle_testsuite,block_digicheck_testsuite
    # Core's privacy tests check that every table holding user data is declared by a provider.
    run "Moodle $v: core privacy tests over our plugins" env MOODLE_VERSION=$v bash scripts/moodle.sh phpunit \
      privacy/tests/privacy/provider_test.php --filter '(devcircle|digitalstrategy|digicheck)'
  done
  if MOODLE_VERSION=4.5 bash scripts/moodle.sh core >/dev/null 2>&1; then
    run "stack (Moodle 4.5, Etherpad, BBB double) starts" bash scripts/stack.sh start
    run "browser tests in Chromium (Moodle 4.5 stack)" npx vitest run -c vitest.browser.config.ts
  fi
  if [[ " $MOODLE_VERSIONS " == *" 5.0 "* ]] && MOODLE_VERSION=5.0 bash scripts/moodle.sh core >/dev/null 2>&1; then
    run "browser smoke test in Chromium (Moodle 5.0)" bash scripts/moodle50-browser.sh
  fi
fi

# The stop command must leave nothing behind: no process of any group the stack started, no port.
stack_stops_cleanly() {
  local groups=() f p port ok=0
  for f in "$VAR"/pids/*.pid; do [ -f "$f" ] && groups+=("$(cat "$f")"); done
  bash scripts/stack.sh stop >/dev/null
  for p in "${groups[@]}"; do
    if pgrep -g "$p" >/dev/null 2>&1; then echo "processes of group $p still running: $(pgrep -g "$p" | tr '\n' ' ')"; ok=1; fi
  done
  for port in "$FRONT_PORT" "$PHP_PORT" "$ETHERPAD_PORT" "$BBB_PORT" "$PG_PORT"; do
    if port_open "$port"; then echo "port $port still open"; ok=1; fi
  done
  return $ok
}
if [ -z "${FAST_ONLY:-}" ] && [ -n "${CI:-}${STOP_STACK:-}" ]; then
  run "stack stop leaves no process behind" stack_stops_cleanly
fi

echo
if [ $failed -gt 0 ]; then printf '\033[31mFailed: %s\033[0m\n' "${failures[@]}"; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
