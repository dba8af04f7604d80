#!/usr/bin/env bash
# Dashboard benchmark (a report with budgets): the admin's Dashboard with the check block at about
# 35 and about 350 organisations, and core mod_feedback's analysis page with 40 items × 350
# responses on the same site, each measured as a whole page through HTTP.
#   bash tests/benchmark/dashboard-bench.sh          (the stack must run: npm run stack)
#   RUNS=20 SMALL=35 LARGE=350 bash tests/benchmark/dashboard-bench.sh
# Figures come from Moodle's own performance footer (perfdebug, switched on for the run and
# restored afterwards): "DB reads/writes" and "secs" (server time of the request); HTML bytes are
# those of the page and of the block's own <section> on it.
# Budgets: the block ≤ 50 KB of HTML at both sizes, and the Dashboard at the large size in at most
# half the server time of the mod_feedback analysis page. Prints PASS/FAIL; exits 1 on a FAIL.
# The benchmark organisations stay (bench-0001 …); remove them with
#   bash scripts/moodle.sh php tests/benchmark/dashboard-bench.php "$(bash scripts/moodle.sh www)" --cleanup
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
MOODLE_URL="${MOODLE_URL:-http://localhost:$FRONT_PORT}"
RUNS="${RUNS:-10}"
SMALL="${SMALL:-35}"
LARGE="${LARGE:-350}"
BLOCK_BUDGET_KB=50
TIME_BUDGET_RATIO=0.5
MOODLE=(bash scripts/moodle.sh)
www="$("${MOODLE[@]}" www)"
cfg=("${MOODLE[@]}" php "$www/admin/cli/cfg.php")
curl -sf -o /dev/null "$MOODLE_URL/login/index.php" || die "Moodle does not answer at $MOODLE_URL (npm run stack)"

seed() { "${MOODLE[@]}" php tests/benchmark/dashboard-bench.php "$www" "$@" | tail -1; }
field() { php -r '$d = json_decode($argv[1], true); echo $d[$argv[2]];' "$1" "$2"; }

step "seeding the mod_feedback course (40 items × 350 responses; idempotent, slow the first time)"
fbjson="$(seed --feedback)"
info "mod_feedback: $(field "$fbjson" feedbackitems) items, $(field "$fbjson" feedbackresponses) responses"

old_perfdebug="$("${cfg[@]}" --name=perfdebug || true)"
jar="$(mktemp)"
restore() {
  "${cfg[@]}" --name=perfdebug --set="${old_perfdebug:-0}" >/dev/null
  seed --blockvisible=1 >/dev/null
  rm -f "$jar"
}
trap restore EXIT
"${cfg[@]}" --name=perfdebug --set=15 >/dev/null

step "logging in as admin"
token="$(curl -s -c "$jar" -b "$jar" "$MOODLE_URL/login/index.php" | grep -o 'name="logintoken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=${ADMIN_PASSWORD:-Admin123!}" --data-urlencode "logintoken=$token" "$MOODLE_URL/login/index.php"

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%g\n", (a[NR/2]+a[NR/2+1])/2}}'; }

# Bytes of the check block's own <section> on a page (0 when the page has none).
block_bytes() {
  php -r '
    $html = stream_get_contents(STDIN);
    if (!preg_match("/<section[^>]*data-block=\"digicheck\"/", $html, $m, PREG_OFFSET_CAPTURE)) { echo 0; exit; }
    $start = $m[0][1]; $depth = 0; $pos = $start;
    while (preg_match("#<(/?)section\\b#", $html, $t, PREG_OFFSET_CAPTURE, $pos)) {
        $depth += $t[1][0] === "/" ? -1 : 1; $pos = $t[0][1] + 1;
        if ($depth === 0) { echo strpos($html, ">", $pos) + 1 - $start; exit; }
    }
    echo strlen($html) - $start;'
}

# measure NAME=URL ... -> NAME_reads NAME_time NAME_kb NAME_blockkb (medians of RUNS requests each),
# NAME_tmin (the fastest request).
# The pages are requested in turn (A, B, A, B, …), so a busy moment of the machine falls on all
# of them alike and their ratio stays meaningful.
measure() {
  local pair name url i r t html
  declare -A reads times bytes blocks
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
      blocks[$name]+="$(block_bytes <<<"$html") "
    done
  done
  for pair in "$@"; do
    name="${pair%%=*}"
    printf -v "${name}_reads" '%s' "$(tr ' ' '\n' <<<"${reads[$name]}" | grep . | median)"
    printf -v "${name}_time" '%s' "$(tr ' ' '\n' <<<"${times[$name]}" | grep . | median)"
    printf -v "${name}_tmin" '%s' "$(tr ' ' '\n' <<<"${times[$name]}" | grep . | sort -n | head -1)"
    printf -v "${name}_kb" '%s' "$(tr ' ' '\n' <<<"${bytes[$name]}" | grep . | median | awk '{printf "%.1f", $1 / 1024}')"
    printf -v "${name}_blockkb" '%s' "$(tr ' ' '\n' <<<"${blocks[$name]}" | grep . | median | awk '{printf "%.1f", $1 / 1024}')"
  done
}

feedbackurl="$MOODLE_URL/mod/feedback/analysis.php?id=$(field "$fbjson" feedbackcmid)"
step "seeding organisations up to $SMALL; measuring $RUNS requests of the Dashboard (medians)"
json="$(seed --orgs="$SMALL")"; small_orgs="$(field "$json" organisations)"
measure small="$MOODLE_URL/my/"
step "seeding organisations up to $LARGE; measuring the Dashboard and the mod_feedback analysis in turn"
json="$(seed --orgs="$LARGE")"; large_orgs="$(field "$json" organisations)"
measure large="$MOODLE_URL/my/" feedback="$feedbackurl"
step "the Dashboard without the check block (what core's Dashboard costs), in turn with the analysis page"
seed --blockvisible=0 >/dev/null
measure bare="$MOODLE_URL/my/" feedback2="$feedbackurl"
seed --blockvisible=1 >/dev/null

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
printf '%-60s %9s %9s %9s %10s %10s\n' "page" "DB reads" "server s" "fastest" "KB HTML" "KB block"
row() { printf '%-60s %9s %9s %9s %10s %10s\n' "$@"; }
row "admin Dashboard with the check block, $small_orgs organisations" "$small_reads" "$small_time" "$small_tmin" "$small_kb" "$small_blockkb"
row "admin Dashboard with the check block, $large_orgs organisations" "$large_reads" "$large_time" "$large_tmin" "$large_kb" "$large_blockkb"
row "mod_feedback analysis, $(field "$fbjson" feedbackitems) items × $(field "$fbjson" feedbackresponses) responses" "$feedback_reads" "$feedback_time" "$feedback_tmin" "$feedback_kb" "–"
row "admin Dashboard without the check block (for reference)" "$bare_reads" "$bare_time" "$bare_tmin" "$bare_kb" "–"
row "  mod_feedback analysis, measured in turn with it" "$feedback2_reads" "$feedback2_time" "$feedback2_tmin" "$feedback2_kb" "–"
row "ratio Dashboard ($large_orgs organisations) / mod_feedback analysis" "$(ratio "$large_reads" "$feedback_reads")" "$(ratio "$large_time" "$feedback_time")" "$(ratio "$large_tmin" "$feedback_tmin")" "" ""
row "ratio Dashboard without the block / mod_feedback analysis" "$(ratio "$bare_reads" "$feedback2_reads")" "$(ratio "$bare_time" "$feedback2_time")" "$(ratio "$bare_tmin" "$feedback2_tmin")" "" ""
echo
echo "server s: median of $RUNS requests; fastest: the least disturbed request. On a machine shared with other"
echo "work the median also counts waiting for a CPU, so the time budget is judged on both; PASS needs both."

fail=0
verdict() { # ok text
  if [ "$1" = 1 ]; then printf '\033[32mPASS\033[0m %s\n' "$2"; else printf '\033[31mFAIL\033[0m %s\n' "$2"; fail=1; fi
}
within() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
verdict "$(within "$small_blockkb" "$BLOCK_BUDGET_KB")" "block HTML at $small_orgs organisations: $small_blockkb KB (budget $BLOCK_BUDGET_KB KB)"
verdict "$(within "$large_blockkb" "$BLOCK_BUDGET_KB")" "block HTML at $large_orgs organisations: $large_blockkb KB (budget $BLOCK_BUDGET_KB KB)"
verdict "$(within "$large_time" "$(awk -v f="$feedback_time" -v r="$TIME_BUDGET_RATIO" 'BEGIN { print f * r }')")" \
  "Dashboard time at $large_orgs organisations (median): $large_time s = $(ratio "$large_time" "$feedback_time") × mod_feedback analysis (budget $TIME_BUDGET_RATIO ×)"
verdict "$(within "$large_tmin" "$(awk -v f="$feedback_tmin" -v r="$TIME_BUDGET_RATIO" 'BEGIN { print f * r }')")" \
  "Dashboard time at $large_orgs organisations (fastest): $large_tmin s = $(ratio "$large_tmin" "$feedback_tmin") × mod_feedback analysis (budget $TIME_BUDGET_RATIO ×)"
exit "$fail"
