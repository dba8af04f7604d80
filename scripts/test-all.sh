#!/usr/bin/env bash
# Runs every test of the suite (npm test). Installs what it needs; a second run reuses it all.
#
# Strict by default: a check whose service is missing (Moodle core, Etherpad, the BBB test double,
# Chromium, moodle-cs, Java) FAILS. Ask for less by name:
#   SKIP=name,name npm test   opt-out names:
#     phpcs        Moodle's coding standard (needs moodle-cs)
#     mustache     template lint: rendering in Moodle + Nu HTML checker (needs Java)
#     moodle-4.5   everything on Moodle 4.5 (site, templates, PHPUnit, upgrade test, browser tests)
#     moodle-5.0   everything on Moodle 5.0 (site, templates, PHPUnit, browser smoke test)
#     upgrade      the upgrade test from the last release (v0.1.0)
#     etherpad     PHPUnit and browser tests against Etherpad (reported as skipped tests)
#     bbb          PHPUnit and browser tests against the BBB test double (reported as skipped tests)
#     browser      the browser tests in Chromium
#     german       the German language pack (sites stay English) and the German browser test
#     cluster      the browser tests on the two-node cluster (Redis, two web nodes, cron on both)
#   FAST_ONLY=1 npm test      only the checks that need no Moodle (= SKIP of everything but phpcs)
#   MOODLE_VERSIONS="4.5"     the older way of opting out of a Moodle version (still honoured)
# The summary line counts tests (vitest, PHPUnit, templates, upgrade checks; a lint is one test)
# over all steps and names what was skipped by request; a step that fails without reporting tests
# counts as a failure.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

SUPPORTED_VERSIONS="4.5 5.0"
OPTOUTS="phpcs mustache moodle-4.5 moodle-5.0 upgrade etherpad bbb browser german cluster"
if [ -n "${MOODLE_VERSIONS:-}" ]; then
  for v in $SUPPORTED_VERSIONS; do
    [[ " $MOODLE_VERSIONS " == *" $v "* ]] || SKIP="${SKIP:+$SKIP,}moodle-$v"
  done
fi
export SKIP="${SKIP:-}"
for name in $(skip_list | tr ',' ' '); do
  [[ " $OPTOUTS " == *" $name "* ]] || die "SKIP: unknown name '$name' (known: ${OPTOUTS// /, })"
done
# Read by the PHPUnit helpers (mod_devcircle/tests/classes/service_requirement.php): a test whose
# service is missing fails, unless that service is in DIGISOZ_SKIP.
export DIGISOZ_STRICT=1 DIGISOZ_SKIP; DIGISOZ_SKIP="$(skip_list)"

RESULTS="$VAR/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
passed=0; failed=0; skippedtests=0; steps=0; failures=(); notes=()

# run NAME KIND CMD...
#   KIND check:  the command is one test (passes with exit 0)
#        vitest: the command writes vitest's JSON report to $TEST_REPORT
#        junit:  the command writes PHPUnit's JUnit report to $TEST_REPORT
#        counts: the command writes "<passed> <failed> <skipped>" (+ details) to $TEST_COUNTS
# A step with a non-zero exit but no failed test counts one failure; a report with no test at all
# counts as a failure too (nothing ran).
run() {
  local name="$1" kind="$2"; shift 2
  steps=$((steps + 1))
  local report="$RESULTS/$steps.report" counts="$RESULTS/$steps.counts" t0 rc=0
  step "$name"
  t0=$(date +%s)
  TEST_REPORT="$report" TEST_COUNTS="$counts" "$@" || rc=$?
  case "$kind" in
    vitest|junit)
      if [ -s "$report" ]; then node_modules/.bin/tsx scripts/test-counts.ts "$kind" "$report" > "$counts" || rm -f "$counts"
      else rm -f "$counts"; fi ;;
  esac
  local p=0 f=0 s=0
  if [ "$kind" = check ]; then
    if [ $rc = 0 ]; then p=1; else f=1; fi
  elif [ -s "$counts" ]; then
    read -r p f s < <(head -n 1 "$counts")
    while IFS= read -r line; do
      case "$line" in
        failed:*) failures+=("$name: ${line#failed: }") ;;
        skipped:*) notes+=("$name: ${line#skipped: }") ;;
      esac
    done < <(tail -n +2 "$counts")
    if [ $((p + f + s)) = 0 ]; then f=1; failures+=("$name: no test ran"); fi
  else
    f=1; failures+=("$name: no test report (exit $rc)")
  fi
  if [ $rc != 0 ] && [ "$f" = 0 ]; then f=1; failures+=("$name: exit $rc"); fi
  [ "$kind" = check ] && [ "$f" = 1 ] && failures+=("$name")
  passed=$((passed + p)); failed=$((failed + f)); skippedtests=$((skippedtests + s))
  local took=$(( $(date +%s) - t0 ))
  local extra=""; [ "$s" != 0 ] && extra=", $s skipped"
  if [ "$f" = 0 ]; then info "ok: $name ($p passed$extra; ${took}s)"
  else printf '\033[31m        FAILED: %s (%s passed, %s failed, %s skipped; %ss)\033[0m\n' "$name" "$p" "$f" "$s" "$took"; fi
}
# A service or prerequisite that is missing although not opted out: one failed test.
missing() { # name message
  steps=$((steps + 1)); failed=$((failed + 1)); failures+=("$1: $2")
  printf '\033[31m        FAILED: %s: %s\033[0m\n' "$1" "$2"
}

# The browser tests find Moodle through MOODLE_URL; by default the stack's front port.
export MOODLE_URL="${MOODLE_URL:-http://localhost:$FRONT_PORT}"

step "setting up tools"
ensure_apt php8.2-cli php8.2-xml php8.2-mbstring composer docker-compose git procps
ensure_node_modules
ensure_composer_vendor

# php -l on every PHP file of ours (two at a time: php -l starts a PHP process per file).
php_lint() {
  local list bad
  list="$(git ls-files -co --exclude-standard -- '*.php')"
  bad="$(printf '%s\n' "$list" | tr '\n' '\0' | xargs -0 -n 20 -P 2 sh -c \
    'for f; do php -l "$f" >/dev/null 2>&1 || echo "$f"; done' sh)"
  info "$(printf '%s\n' "$list" | grep -c .) files"
  [ -z "$bad" ] || { printf '%s\n' "$bad" | xargs -n 1 php -l 2>&1 | grep -v '^No syntax errors'; return 1; }
}
# Moodle's coding standard over all our PHP (one check; the files with errors or warnings are listed).
phpcs_step() {
  local json="$RESULTS/phpcs.json" rc=0
  bash scripts/phpcs.sh --report=full --report-json="$json" || rc=$?
  [ -s "$json" ] && php -r '$r = json_decode(file_get_contents($argv[1]), true); $d = [];
    foreach ($r["files"] as $file => $x) { if ($x["errors"] + $x["warnings"]) { $d[] = "failed: $file"; } }
    echo implode("\n", array_merge([$d ? "0 1 0" : "1 0 0"], $d)), "\n";
    fwrite(STDERR, "        " . count($r["files"]) . " files: {$r["totals"]["errors"]} errors, {$r["totals"]["warnings"]} warnings\n");' \
    "$json" > "$TEST_COUNTS"
  return "$rc"
}
vitest_unit() { npx vitest run --reporter=default --reporter=json --outputFile.json="$TEST_REPORT"; }
phpunit_domain() { vendor/bin/phpunit --testsuite domain --log-junit "$TEST_REPORT"; }

run "typecheck (tsc strict)" check npx tsc --noEmit -p tsconfig.json
run "lint TypeScript (eslint)" check npx eslint .
run "lint PHP (php -l)" check php_lint
if skipped phpcs; then info "Moodle coding standard: skipped by request (SKIP=phpcs)"
else run "Moodle coding standard (moodle-cs): all our PHP at 0 errors, 0 warnings" counts phpcs_step; fi
run "plugin checks (lang en/de, capability strings, template examples)" check php tests/php/check_plugins.php
run "AMD build is reproducible" check npx tsx build/build-amd.ts --check
run "vitest unit tests" vitest vitest_unit
run "PHP domain tests (no Moodle)" junit phpunit_domain
run "docker-compose.yml is valid" check env MOODLE_DIR=/path/to/moodle docker-compose -f docker-compose.yml config -q

# The Moodle versions this run covers, and the one the upgrade test and browser tests use.
versions=""
for v in $SUPPORTED_VERSIONS; do skipped "moodle-$v" || versions="$versions $v"; done
versions="${versions# }"

if [ -n "$versions" ]; then
  # mod_devcircle's PHPUnit tests talk to a real Etherpad (from npm) on loopback.
  if ! skipped etherpad; then
    run "Etherpad starts (for PHPUnit)" check bash scripts/etherpad.sh start
    if running etherpad; then
      export DEVCIRCLE_TEST_ETHERPAD_URL="http://127.0.0.1:$ETHERPAD_PORT/"
      DEVCIRCLE_TEST_ETHERPAD_APIKEY="$(bash scripts/etherpad.sh apikey)"; export DEVCIRCLE_TEST_ETHERPAD_APIKEY
    fi
  fi
  # mod_devcircle's webinar tests talk to the BigBlueButton API test double on loopback.
  if ! skipped bbb; then
    run "BigBlueButton test double starts (for PHPUnit)" check bash scripts/bbb-double.sh start
    if running bbb-double; then
      export DEVCIRCLE_TEST_BBB_URL="http://127.0.0.1:$BBB_PORT/bigbluebutton/"
      DEVCIRCLE_TEST_BBB_SECRET="$(cat "$VAR/bbb-secret")"; export DEVCIRCLE_TEST_BBB_SECRET
    fi
  fi
fi

# PHPUnit names every skipped test with its reason (PHPUnit 9 for Moodle 4.5, 11 for Moodle 5.0).
phpunit_show_skips() { if [ "$MOODLE_VERSION" = 4.5 ]; then echo --verbose; else echo --display-skipped; fi; }
phpunit_plugins() {
  bash scripts/moodle.sh phpunit "$(phpunit_show_skips)" --log-junit "$TEST_REPORT" \
    --testsuite local_digitalstrategy_testsuite,mod_devcircle_testsuite,block_digicheck_testsuite
}
# Core's privacy tests check that every table holding user data is declared by a provider.
phpunit_privacy() {
  bash scripts/moodle.sh phpunit "$(phpunit_show_skips)" --log-junit "$TEST_REPORT" \
    --filter '(devcircle|digitalstrategy|digicheck)' privacy/tests/privacy/provider_test.php
}
available=""
# A missing German language pack is a failure of its own (named in the summary); the site is then
# set up without it and the German browser test does not run.
export LANGPACK_OPTIONAL=1
germanmissing=""
for v in $versions; do
  export MOODLE_VERSION=$v
  if ! out="$(bash scripts/moodle.sh core 2>&1 >/dev/null)"; then
    printf '%s\n' "$out" | sed 's/^/        /'
    missing "Moodle $v core" "not found (see above): its site, templates, PHPUnit and browser tests did NOT run. Opt out with SKIP=moodle-$v."
    continue
  fi
  run "Moodle $v: install core, add the plugins with upgrade.php, no debugging output" check bash scripts/moodle.sh site
  [ -f "$VAR/moodle-$v/installed" ] || continue
  available="$available $v"
  if [ -f "$VAR/moodle-$v/langpack-de.missing" ]; then
    germanmissing="$germanmissing $v"
    missing "German language pack for Moodle $v" "$(cat "$VAR/moodle-$v/langpack-de.missing") The German browser test did NOT run."
  fi
  if skipped mustache; then info "Mustache templates: skipped by request (SKIP=mustache)"
  else run "Moodle $v: Mustache templates rendered and validated (Nu HTML checker, ESLint)" counts \
    env TEMPLATES_SITE_READY=1 bash scripts/lint-templates.sh; fi
  run "Moodle $v: PHPUnit environment" check bash scripts/moodle.sh phpunit-init
  run "Moodle $v: PHPUnit tests of the three plugins" junit phpunit_plugins
  run "Moodle $v: core privacy tests over our plugins" junit phpunit_privacy
done
unset MOODLE_VERSION

if ! skipped upgrade; then
  upgradeversion="$(echo "$available" | awk '{print $1}')"
  if [ -n "$upgradeversion" ]; then
    run "Upgrade from v0.1.0 to this tree (Moodle $upgradeversion): data intact, no debugging output" counts \
      env MOODLE_VERSION="$upgradeversion" bash tests/upgrade/upgrade-test.sh
  elif [ -n "$versions" ]; then
    missing "Upgrade test" "no Moodle site could be set up (see above). Opt out with SKIP=upgrade."
  fi
fi

browser_files() { # the browser test files that this run's opt-outs allow
  local f
  for f in tests/browser/*.test.ts; do
    case "$f" in
      */pads.test.ts) skipped etherpad && continue ;;
      */webinar.test.ts) skipped bbb && continue ;;
      */german.test.ts) { skipped german || [[ " $germanmissing " == *" 4.5 "* ]]; } && continue ;;
      */outages.test.ts) { skipped etherpad || skipped bbb; } && continue ;;
    esac
    echo "$f"
  done
}
browser_45() {
  # shellcheck disable=SC2046
  npx vitest run -c vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json="$TEST_REPORT" $(browser_files)
}
browser_50() { bash scripts/moodle50-browser.sh --reporter=default --reporter=json --outputFile.json="$TEST_REPORT"; }
if ! skipped browser; then
  if [[ " $available " == *" 4.5 "* ]] || [[ " $available " == *" 5.0 "* ]]; then
    step "Chromium for the browser tests"
    ensure_apt chromium
  fi
  if [[ " $available " == *" 4.5 "* ]]; then
    run "stack (Moodle 4.5, Etherpad, BBB double) starts" check bash scripts/stack.sh start
    run "browser tests in Chromium (Moodle 4.5 stack)" vitest browser_45
  fi
  if [[ " $available " == *" 5.0 "* ]]; then
    run "browser tests in Chromium (Moodle 5.0: smoke, campaigns, answering, results, feedback)" vitest browser_50
  fi
fi

# The two-node cluster (scripts/stack.sh start --cluster: two PHP web nodes on one database and
# dataroot, Redis for sessions and MUC, cron on both nodes, the proxy alternating nodes; the BBB
# double as Scalelite): the stack is restarted as a cluster and smoke, check, webinar and pads run
# again, with the cluster's own
# tests (tests/browser/cluster*.spec.ts: both nodes serve one user, autosave across nodes, a node
# stopped mid-test, pad sessions and recording callbacks across nodes, tasks on both nodes at once,
# the cache Redis and then the session Redis stopped).
# Moodle 4.5 only; SKIP=cluster opts out.
cluster_files() {
  if skipped etherpad || skipped bbb; then echo tests/browser/smoke.test.ts tests/browser/check.test.ts; return; fi
  echo tests/browser/smoke.test.ts tests/browser/check.test.ts tests/browser/webinar.test.ts tests/browser/pads.test.ts \
    tests/browser/cluster.spec.ts tests/browser/cluster-tasks.spec.ts tests/browser/cluster-outage.spec.ts
}
bbb_scalelite() { # true|false: the BBB double behaves like Scalelite in front of two servers
  skipped bbb || curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d "{\"scalelite\": $1}" \
    "http://127.0.0.1:$BBB_PORT/_control/mode"
}
browser_cluster() {
  # The webinars on the cluster go through Scalelite (the double's Scalelite mode).
  local rc=0
  bbb_scalelite true || return 1
  # shellcheck disable=SC2046
  CLUSTER=1 npx vitest run -c tests/browser/cluster.vitest.config.ts --reporter=default --reporter=json \
    --outputFile.json="$TEST_REPORT" $(cluster_files) || rc=$?
  bbb_scalelite false || true
  return $rc
}
if ! skipped browser && ! skipped cluster && [[ " $available " == *" 4.5 "* ]]; then
  run "stack as a two-node cluster (Moodle 4.5, Redis sessions and caches, cron on both nodes) starts" check \
    bash scripts/stack.sh start --cluster
  run "browser tests on the two-node cluster (Moodle 4.5: smoke, check, webinar, pads, cluster)" vitest browser_cluster
fi

# The stop command must leave nothing behind: no process of any group the stack started, no port.
stack_stops_cleanly() {
  local groups=() f p port ok=0
  for f in "$VAR"/pids/*.pid; do [ -f "$f" ] && groups+=("$(cat "$f")"); done
  bash scripts/stack.sh stop >/dev/null
  for p in "${groups[@]}"; do
    if pgrep -g "$p" >/dev/null 2>&1; then echo "processes of group $p still running: $(pgrep -g "$p" | tr '\n' ' ')"; ok=1; fi
  done
  for port in "$FRONT_PORT" "$PHP_PORT" "$ETHERPAD_PORT" "$BBB_PORT" "$PG_PORT" "${MAIL_SMTP_PORT:-8026}" "${MAIL_HTTP_PORT:-8025}"; do
    if port_open "$port"; then echo "port $port still open"; ok=1; fi
  done
  return $ok
}
if [ -n "$versions" ] && [ -n "${CI:-}${STOP_STACK:-}" ]; then
  run "stack stop leaves no process behind" check stack_stops_cleanly
fi

echo
if [ ${#notes[@]} -gt 0 ]; then
  printf '\033[33mSkipped tests (%s):\033[0m\n' "${#notes[@]}"; printf '  %s\n' "${notes[@]}" | head -n 40
  [ ${#notes[@]} -gt 40 ] && echo "  … and $(( ${#notes[@]} - 40 )) more (reports in $RESULTS)"
fi
if [ ${#failures[@]} -gt 0 ]; then
  printf '\033[31mFailed (%s):\033[0m\n' "${#failures[@]}"; printf '  %s\n' "${failures[@]}" | head -n 60
fi
summary="$passed tests passed, $failed failed, $skippedtests skipped (in $steps steps)"
requested="$(skip_list | sed 's/,/, /g')"
[ -n "$requested" ] && summary="$summary; skipped by request: $requested"
[ -n "${FAST_ONLY:-}" ] && [ "${FAST_ONLY}" != 0 ] && summary="$summary (FAST_ONLY=1)"
if [ $failed -eq 0 ]; then printf '\033[32;1m%s\033[0m\n' "$summary"; else printf '\033[31;1m%s\033[0m\n' "$summary"; fi
[ $failed -eq 0 ]
