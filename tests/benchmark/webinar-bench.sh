#!/usr/bin/env bash
# Webinar benchmark (a report, not a timed test): database queries and server time of the view
# page of a development circle with 50 sessions and 500 attendance records, of a circle with one
# session and no attendance, and of core mod_bigbluebuttonbn's view page on the same Moodle and
# the same BBB server, as a ratio.
#   bash tests/benchmark/webinar-bench.sh          (the stack must run: npm run stack)
#   RUNS=20 bash tests/benchmark/webinar-bench.sh
# Figures come from Moodle's own performance footer (perfdebug, switched on for the run and
# restored afterwards): "DB reads/writes" and "secs" (server time of the request).
# Exits 1 when the circle with 50 sessions needs more queries than the circle with one (compared
# on the fewest reads seen, so that a rare cache refill in one request does not count).
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
MOODLE_URL="${MOODLE_URL:-http://localhost:$FRONT_PORT}"
RUNS="${RUNS:-10}"
MOODLE=(bash scripts/moodle.sh)
www="$("${MOODLE[@]}" www)"
cfg=("${MOODLE[@]}" php "$www/admin/cli/cfg.php")
port_open "$BBB_PORT" || die "the BBB test double is not running on port $BBB_PORT (npm run stack)"
curl -sf -o /dev/null "$MOODLE_URL/login/index.php" || die "Moodle does not answer at $MOODLE_URL (npm run stack)"

step "seeding the benchmark course (idempotent)"
json="$("${MOODLE[@]}" php tests/benchmark/webinar-bench.php "$www" "http://127.0.0.1:$BBB_PORT/bigbluebutton/" \
  "$(cat "$VAR/bbb-secret")" | tail -1)"
field() { php -r '$d = json_decode($argv[1], true); echo $d[$argv[2]];' "$json" "$1"; }
info "circle: $(field sessions50) sessions, $(field attendance50) attendance records"

old_perfdebug="$("${cfg[@]}" --name=perfdebug || true)"
restore() { "${cfg[@]}" --name=perfdebug --set="${old_perfdebug:-0}" >/dev/null; rm -f "$jar"; }
jar="$(mktemp)"
trap restore EXIT
"${cfg[@]}" --name=perfdebug --set=15 >/dev/null

step "logging in as $(field username)"
token="$(curl -s -c "$jar" -b "$jar" "$MOODLE_URL/login/index.php" | grep -o 'name="logintoken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$(field username)" \
  --data-urlencode "password=$(field password)" --data-urlencode "logintoken=$token" "$MOODLE_URL/login/index.php"

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%g\n", (a[NR/2]+a[NR/2+1])/2}}'; }

# measure NAME URL -> sets NAME_reads NAME_time (medians) and NAME_min (fewest reads)
measure() {
  local name="$1" url="$2" i html reads=() times=() r t
  for i in 1 2; do curl -s -b "$jar" -o /dev/null "$url"; done   # warm the caches
  for ((i = 0; i < RUNS; i++)); do
    html="$(curl -s -b "$jar" "$url")"
    r="$(grep -o 'DB reads/writes: [0-9]*/[0-9]*' <<<"$html" | head -1 | sed 's/.*: //')"
    t="$(grep -o '<li class="timeused[^>]*>[0-9.]* secs' <<<"$html" | head -1 | sed 's/.*>//;s/ secs//')"
    [ -n "$r" ] && [ -n "$t" ] || die "no performance footer on $url (logged in? page error?)"
    reads+=("${r%%/*}"); times+=("$t")
  done
  printf -v "${name}_reads" '%s' "$(printf '%s\n' "${reads[@]}" | median)"
  printf -v "${name}_min" '%s' "$(printf '%s\n' "${reads[@]}" | sort -n | head -1)"
  printf -v "${name}_time" '%s' "$(printf '%s\n' "${times[@]}" | median)"
}

step "measuring $RUNS requests per page (medians)"
measure big "$MOODLE_URL/mod/devcircle/view.php?id=$(field circle50)"
measure small "$MOODLE_URL/mod/devcircle/view.php?id=$(field circle1)"
measure core "$MOODLE_URL/mod/bigbluebuttonbn/view.php?id=$(field bigbluebuttonbn)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
printf '%-58s %10s %12s\n' "page" "DB reads" "server s"
printf '%-58s %10s %12s\n' "mod_devcircle view, 50 sessions / $(field attendance50) attendance records" "$big_reads" "$big_time"
printf '%-58s %10s %12s\n' "mod_devcircle view, 1 session / no attendance" "$small_reads" "$small_time"
printf '%-58s %10s %12s\n' "core mod_bigbluebuttonbn view (same server)" "$core_reads" "$core_time"
printf '%-58s %10s %12s\n' "ratio devcircle (50 sessions) / core BigBlueButton" "$(ratio "$big_reads" "$core_reads")" "$(ratio "$big_time" "$core_time")"
echo
if [ "$big_min" -gt "$small_min" ]; then
  printf '\033[31mqueries grow with sessions or attendance: %s reads for 50 sessions, %s for 1\033[0m\n' "$big_min" "$small_min"
  exit 1
fi
info "queries do not grow with sessions or attendance ($big_min reads for 50 sessions, $small_min for 1, fewest of $RUNS)"
