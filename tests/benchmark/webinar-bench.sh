#!/usr/bin/env bash
# Webinar benchmark: whole pages through HTTP, measured with Moodle's performance footer
# (perfdebug, switched on for the run and restored afterwards): database reads, server time
# ("secs") and the size of the HTML, for
#   - the page of a development circle with 1 session and no attendance,
#   - the page of a development circle with 50 sessions and 500 attendance records,
#   - core mod_bigbluebuttonbn's view page on the same Moodle and the same BBB server,
#   - core mod_page's view of a page with one line of text: the floor, what any activity page
#     of this site costs (shown for reference, no budget),
# all in the same run, in turns (a round is one request of each page), as medians of RUNS rounds
# after two warm-up requests each.
#   bash tests/benchmark/webinar-bench.sh          (the stack must run: npm run stack)
#   RUNS=20 bash tests/benchmark/webinar-bench.sh
# Budgets (PASS/FAIL, exit 1 on FAIL):
#   - the circle page takes at most 0.8 x the time of core BigBlueButton's view, at 1 and at 50 sessions;
#   - the circle page with 50 sessions needs no more database reads than with 1 (compared on the
#     fewest reads seen, so that a rare cache refill in one request does not count);
#   - its HTML does not grow with the sessions: at 50 sessions at most 10 % (and 8 KB) more than at 1.
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
MOODLE_URL="${MOODLE_URL:-http://localhost:$FRONT_PORT}"
RUNS="${RUNS:-10}"
TIME_BUDGET="${TIME_BUDGET:-0.8}"
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
jar="$(mktemp)"
page="$(mktemp)"
restore() { "${cfg[@]}" --name=perfdebug --set="${old_perfdebug:-0}" >/dev/null; rm -f "$jar" "$page"; }
trap restore EXIT
"${cfg[@]}" --name=perfdebug --set=15 >/dev/null

step "logging in as $(field username)"
token="$(curl -s -c "$jar" -b "$jar" "$MOODLE_URL/login/index.php" | grep -o 'name="logintoken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$(field username)" \
  --data-urlencode "password=$(field password)" --data-urlencode "logintoken=$token" "$MOODLE_URL/login/index.php"

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%g\n", (a[NR/2]+a[NR/2+1])/2}}'; }

# The pages, measured in turns (one request of each per round), so that the load of a shared
# machine falls on all of them alike.
names=(small big core floor)
declare -A url=(
  [small]="$MOODLE_URL/mod/devcircle/view.php?id=$(field circle1)"
  [big]="$MOODLE_URL/mod/devcircle/view.php?id=$(field circle50)"
  [core]="$MOODLE_URL/mod/bigbluebuttonbn/view.php?id=$(field bigbluebuttonbn)"
  [floor]="$MOODLE_URL/mod/page/view.php?id=$(field page)"
)
declare -A reads=() times=() bytes=()
step "measuring $RUNS rounds of requests (medians)"
for name in "${names[@]}"; do for i in 1 2; do curl -s -b "$jar" -o /dev/null "${url[$name]}"; done; done   # warm the caches
for ((i = 0; i < RUNS; i++)); do
  # Every other round in the reverse order, so that no page always comes first.
  order=("${names[@]}"); if ((i % 2)); then order=(floor core big small); fi
  for name in "${order[@]}"; do
    curl -s -b "$jar" -o "$page" "${url[$name]}"
    r="$(grep -o 'DB reads/writes: [0-9]*/[0-9]*' "$page" | head -1 | sed 's/.*: //')"
    t="$(grep -o '<li class="timeused[^>]*>[0-9.]* secs' "$page" | head -1 | sed 's/.*>//;s/ secs//')"
    [ -n "$r" ] && [ -n "$t" ] || die "no performance footer on ${url[$name]} (logged in? page error?)"
    reads[$name]+="${r%%/*} "; times[$name]+="$t "; bytes[$name]+="$(wc -c < "$page") "
  done
done
for name in "${names[@]}"; do
  printf -v "${name}_reads" '%s' "$(printf '%s\n' ${reads[$name]} | median)"
  printf -v "${name}_min" '%s' "$(printf '%s\n' ${reads[$name]} | sort -n | head -1)"
  printf -v "${name}_time" '%s' "$(printf '%s\n' ${times[$name]} | median)"
  printf -v "${name}_bytes" '%s' "$(printf '%s\n' ${bytes[$name]} | median)"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
kb() { awk -v b="$1" 'BEGIN { printf "%.0f KB", b / 1024 }'; }
echo
printf '%-52s %9s %10s %9s %14s\n' "page" "DB reads" "server s" "HTML" "time / core"
printf '%-52s %9s %10s %9s %14s\n' "mod_devcircle view, 1 session / no attendance" "$small_reads" "$small_time" "$(kb "$small_bytes")" "$(ratio "$small_time" "$core_time")"
printf '%-52s %9s %10s %9s %14s\n' "mod_devcircle view, 50 sessions / $(field attendance50) attendance" "$big_reads" "$big_time" "$(kb "$big_bytes")" "$(ratio "$big_time" "$core_time")"
printf '%-52s %9s %10s %9s %14s\n' "core mod_bigbluebuttonbn view (same server)" "$core_reads" "$core_time" "$(kb "$core_bytes")" "1.00"
printf '%-52s %9s %10s %9s %14s\n' "core mod_page view, one line of text (the floor)" "$floor_reads" "$floor_time" "$(kb "$floor_bytes")" "$(ratio "$floor_time" "$core_time")"
echo

failed=0
verdict() { # ok? message
  if [ "$1" = 1 ]; then printf '\033[32mPASS\033[0m %s\n' "$2"; else printf '\033[31mFAIL\033[0m %s\n' "$2"; failed=1; fi
}
within() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { print (a <= b * f) ? 1 : 0 }'; }
verdict "$(within "$small_time" "$core_time" "$TIME_BUDGET")" \
  "circle page, 1 session: $small_time s <= $TIME_BUDGET x core BigBlueButton ($core_time s)"
verdict "$(within "$big_time" "$core_time" "$TIME_BUDGET")" \
  "circle page, 50 sessions: $big_time s <= $TIME_BUDGET x core BigBlueButton ($core_time s)"
verdict "$([ "$big_min" -le "$small_min" ] && echo 1 || echo 0)" \
  "database reads do not grow with sessions or attendance ($big_min reads for 50 sessions, $small_min for 1, fewest of $RUNS)"
verdict "$(awk -v a="$big_bytes" -v b="$small_bytes" 'BEGIN { print (a <= b * 1.1 && a - b <= 8192) ? 1 : 0 }')" \
  "HTML does not grow with sessions ($(kb "$big_bytes") for 50 sessions, $(kb "$small_bytes") for 1)"
exit "$failed"
