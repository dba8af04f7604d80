#!/usr/bin/env bash
# Campaign results benchmark (a report with budgets): the results page of a closed anonymous survey
# campaign with 40 items at 35, 350 and 3,500 responses, and core mod_feedback's analysis page with
# 40 items × 350 responses on the same site, each measured as a whole page through HTTP.
#   bash tests/benchmark/campaign-results-bench.sh          (the stack must run: npm run stack)
#   RUNS=20 SMALL=35 LARGE=350 HUGE=3500 bash tests/benchmark/campaign-results-bench.sh
# Figures come from Moodle's own performance footer (perfdebug, switched on for the run and
# restored afterwards): "DB reads/writes" and "secs" (server time of the request); KB HTML is the
# size of the page.
# Budgets: the DB reads of the results page are the same at every size (queries constant in the
# responses), and the page at the large size takes at most half the server time of the
# mod_feedback analysis page with as many responses and items (judged on the median and on the
# fastest request). Prints PASS/FAIL; exits 1 on a FAIL.
# The benchmark campaigns stay ("Benchmark-Auswertung N"); remove them with
#   bash scripts/moodle.sh php tests/benchmark/campaign-results-bench.php "$(bash scripts/moodle.sh www)" --cleanup
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
MOODLE_URL="${MOODLE_URL:-http://localhost:$FRONT_PORT}"
RUNS="${RUNS:-10}"
SMALL="${SMALL:-35}"
LARGE="${LARGE:-350}"
HUGE="${HUGE:-3500}"
TIME_BUDGET_RATIO=0.5
MOODLE=(bash scripts/moodle.sh)
www="$("${MOODLE[@]}" www)"
cfg=("${MOODLE[@]}" php "$www/admin/cli/cfg.php")
curl -sf -o /dev/null "$MOODLE_URL/login/index.php" || die "Moodle does not answer at $MOODLE_URL (npm run stack)"

seed() { "${MOODLE[@]}" php tests/benchmark/campaign-results-bench.php "$www" "$@" | tail -1; }
field() { php -r '$d = json_decode($argv[1], true); echo $d[$argv[2]];' "$1" "$2"; }

step "seeding the mod_feedback course (40 items × $LARGE responses; idempotent, slow the first time)"
fbjson="$("${MOODLE[@]}" php tests/benchmark/dashboard-bench.php "$www" --feedback --responses="$LARGE" | tail -1)"
info "mod_feedback: $(field "$fbjson" feedbackitems) items, $(field "$fbjson" feedbackresponses) responses"
step "seeding the campaigns ($SMALL, $LARGE and $HUGE responses × 40 items; idempotent)"
small_json="$(seed --responses="$SMALL")"; large_json="$(seed --responses="$LARGE")"; huge_json="$(seed --responses="$HUGE")"
for j in "$small_json" "$large_json" "$huge_json"; do
  info "campaign $(field "$j" campaignid): $(field "$j" responses) responses, $(field "$j" items) items, $(field "$j" values) values"
done

old_perfdebug="$("${cfg[@]}" --name=perfdebug || true)"
jar="$(mktemp)"
restore() { "${cfg[@]}" --name=perfdebug --set="${old_perfdebug:-0}" >/dev/null; rm -f "$jar"; }
trap restore EXIT
"${cfg[@]}" --name=perfdebug --set=15 >/dev/null

step "logging in as admin"
token="$(curl -s -c "$jar" -b "$jar" "$MOODLE_URL/login/index.php" | grep -o 'name="logintoken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=${ADMIN_PASSWORD:-Admin123!}" --data-urlencode "logintoken=$token" "$MOODLE_URL/login/index.php"

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%g\n", (a[NR/2]+a[NR/2+1])/2}}'; }

# measure NAME=URL ... -> NAME_reads NAME_time NAME_kb (medians of RUNS requests each), NAME_tmin
# (the fastest request). The pages are requested in turn (A, B, A, B, …), so a busy moment of the
# machine falls on all of them alike and their ratio stays meaningful.
measure() {
  local pair name url i r t html
  declare -A reads times bytes
  for pair in "$@"; do
    url="${pair#*=}"
    for i in 1 2; do curl -s -b "$jar" -o /dev/null "$url"; done   # warm the caches
  done
  for ((i = 0; i < RUNS; i++)); do
    for pair in "$@"; do
      name="${pair%%=*}"; url="${pair#*=}"
      html="$(curl -s -b "$jar" "$url")"
      r="$(grep -o 'DB reads/writes: [0-9]*/[0-9]*' <<<"$html" | head -1 | sed 's/.*: //')"
      t="$(grep -o '<li class="timeused[^>]*>[0-9.]* secs' <<<"$html" | head -1 | sed 's/.*>//;s/ secs//')"
      [ -n "$r" ] && [ -n "$t" ] || die "no performance footer on $url (logged in? page error?)"
      reads[$name]+="${r%%/*} "; times[$name]+="$t "; bytes[$name]+="${#html} "
    done
  done
  for pair in "$@"; do
    name="${pair%%=*}"
    printf -v "${name}_reads" '%s' "$(tr ' ' '\n' <<<"${reads[$name]}" | grep . | median)"
    printf -v "${name}_time" '%s' "$(tr ' ' '\n' <<<"${times[$name]}" | grep . | median)"
    printf -v "${name}_tmin" '%s' "$(tr ' ' '\n' <<<"${times[$name]}" | grep . | sort -n | head -1)"
    printf -v "${name}_kb" '%s' "$(tr ' ' '\n' <<<"${bytes[$name]}" | grep . | median | awk '{printf "%.1f", $1 / 1024}')"
  done
}

results() { echo "$MOODLE_URL/local/digitalstrategy/campaign_results.php?id=$(field "$1" campaignid)"; }
feedbackurl="$MOODLE_URL/mod/feedback/analysis.php?id=$(field "$fbjson" feedbackcmid)"
step "measuring $RUNS requests each: results at $SMALL and $HUGE responses"
measure small="$(results "$small_json")" huge="$(results "$huge_json")"
step "measuring the results at $LARGE responses and the mod_feedback analysis in turn"
measure large="$(results "$large_json")" feedback="$feedbackurl"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
printf '%-62s %9s %9s %9s %10s\n' "page" "DB reads" "server s" "fastest" "KB HTML"
row() { printf '%-62s %9s %9s %9s %10s\n' "$@"; }
row "campaign results, 40 items × $(field "$small_json" responses) responses" "$small_reads" "$small_time" "$small_tmin" "$small_kb"
row "campaign results, 40 items × $(field "$large_json" responses) responses" "$large_reads" "$large_time" "$large_tmin" "$large_kb"
row "campaign results, 40 items × $(field "$huge_json" responses) responses" "$huge_reads" "$huge_time" "$huge_tmin" "$huge_kb"
row "mod_feedback analysis, $(field "$fbjson" feedbackitems) items × $(field "$fbjson" feedbackresponses) responses" "$feedback_reads" "$feedback_time" "$feedback_tmin" "$feedback_kb"
row "ratio results ($LARGE responses) / mod_feedback analysis" "$(ratio "$large_reads" "$feedback_reads")" "$(ratio "$large_time" "$feedback_time")" "$(ratio "$large_tmin" "$feedback_tmin")" ""
echo
echo "server s: median of $RUNS requests; fastest: the least disturbed request. On a machine shared with other"
echo "work the median also counts waiting for a CPU, so the time budget is judged on both; PASS needs both."

fail=0
verdict() { # ok text
  if [ "$1" = 1 ]; then printf '\033[32mPASS\033[0m %s\n' "$2"; else printf '\033[31mFAIL\033[0m %s\n' "$2"; fail=1; fi
}
within() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
same=$([ "$small_reads" = "$large_reads" ] && [ "$large_reads" = "$huge_reads" ] && echo 1 || echo 0)
verdict "$same" "DB reads constant in responses: $small_reads / $large_reads / $huge_reads at $SMALL / $LARGE / $HUGE responses"
verdict "$(within "$large_time" "$(awk -v f="$feedback_time" -v r="$TIME_BUDGET_RATIO" 'BEGIN { print f * r }')")" \
  "results time at $LARGE responses (median): $large_time s = $(ratio "$large_time" "$feedback_time") × mod_feedback analysis (budget $TIME_BUDGET_RATIO ×)"
verdict "$(within "$large_tmin" "$(awk -v f="$feedback_tmin" -v r="$TIME_BUDGET_RATIO" 'BEGIN { print f * r }')")" \
  "results time at $LARGE responses (fastest): $large_tmin s = $(ratio "$large_tmin" "$feedback_tmin") × mod_feedback analysis (budget $TIME_BUDGET_RATIO ×)"
exit "$fail"
