#!/usr/bin/env bash
# Document-access benchmark (a report with budgets): Moodle's standard log with 1,000,000 rows over
# the programme's three years and 350 organisations (3,500 users, 200 documents in 5 programme
# courses), aggregated by the task's own code; then the pages that read the summary.
#   bash tests/benchmark/docaccess-bench.sh          (the stack must run: npm run stack)
#   RUNS=20 SMALLROWS=100000 LARGEROWS=1000000 bash tests/benchmark/docaccess-bench.sh
# Measures: the first aggregation (log rows → summary) at 100,000 rows of 35 organisations and at
# 1,000,000 rows of 350 organisations: wall time, runs of the task (each stops starting batches
# after aggregate_docaccess::BUDGET seconds), the longest batch, the PHP peak memory; an
# incremental run after 10,000 new rows; and at both sizes the document-access page and, when it
# exists, the controlling dashboard (controlling.php): "DB reads/writes" and "secs" (server time)
# from Moodle's performance footer (perfdebug, switched on for the run and restored afterwards).
# Budgets: the pages' DB reads are the same at both sizes (constant in log rows and
# organisations); the dashboard and the document-access page take at most 0.3 s server time
# (median) at the large size; no batch takes longer than 60 s. The survey campaign list is measured
# too, as the yardstick of a plain page on a machine shared with other work (load average printed). Prints PASS/FAIL; exits 1 on a FAIL.
# The benchmark changes the site: programme settings (2018, six half-years, the category
# "Docbench"), the summary tables; it starts by removing what an earlier run left. Remove its log
# rows, users and organisations afterwards with
#   bash scripts/moodle.sh php tests/benchmark/docaccess-bench.php "$(bash scripts/moodle.sh www)" --cleanup
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
MOODLE_URL="${MOODLE_URL:-http://localhost:$FRONT_PORT}"
RUNS="${RUNS:-10}"
SMALLROWS="${SMALLROWS:-100000}"
LARGEROWS="${LARGEROWS:-1000000}"
APPEND="${APPEND:-10000}"
TIME_BUDGET=0.3
BATCH_BUDGET=60
MOODLE=(bash scripts/moodle.sh)
www="$("${MOODLE[@]}" www)"
cfg=("${MOODLE[@]}" php "$www/admin/cli/cfg.php")
curl -sf -o /dev/null "$MOODLE_URL/login/index.php" || die "Moodle does not answer at $MOODLE_URL (npm run stack)"

bench() { "${MOODLE[@]}" php tests/benchmark/docaccess-bench.php "$www" "$@" | tail -1; }
field() { php -r '$d = json_decode($argv[1], true); echo $d[$argv[2]] ?? "";' "$1" "$2"; }

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

# measure NAME URL -> NAME_reads NAME_time (medians of RUNS requests), NAME_tmin; NAME_reads "–" when the page is missing.
measure() {
  local name="$1" url="$2" i html r t reads="" times=""
  if [ "$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$url")" != 200 ]; then
    printf -v "${name}_reads" '%s' "–"; printf -v "${name}_time" '%s' "–"; printf -v "${name}_tmin" '%s' "–"; return
  fi
  curl -s -b "$jar" -o /dev/null "$url"
  for ((i = 0; i < RUNS; i++)); do
    html="$(curl -s -b "$jar" "$url")"
    r="$(grep -o 'DB reads/writes: [0-9]*/[0-9]*' <<<"$html" | head -1 | sed 's/.*: //')"
    t="$(grep -o '<li class="timeused[^>]*>[0-9.]* secs' <<<"$html" | head -1 | sed 's/.*>//;s/ secs//')"
    [ -n "$r" ] && [ -n "$t" ] || die "no performance footer on $url (logged in? page error?)"
    reads+="${r%%/*} "; times+="$t "
  done
  printf -v "${name}_reads" '%s' "$(tr ' ' '\n' <<<"$reads" | grep . | median)"
  printf -v "${name}_time" '%s' "$(tr ' ' '\n' <<<"$times" | grep . | median)"
  printf -v "${name}_tmin" '%s' "$(tr ' ' '\n' <<<"$times" | grep . | sort -n | head -1)"
}

step "removing the log rows, users and organisations of an earlier run"
bench --cleanup >/dev/null
step "seeding $SMALLROWS log rows of 35 organisations"
json="$(bench --seed --rows="$SMALLROWS" --users=350)"; info "$json"
step "first aggregation of $SMALLROWS rows (summary emptied first)"
bench --reset >/dev/null
small="$(bench --aggregate)"; info "$small"
step "measuring the pages at the small size ($RUNS requests each)"
measure sdoc "$MOODLE_URL/local/digitalstrategy/docaccess.php?period=3"
measure sdash "$MOODLE_URL/local/digitalstrategy/controlling.php"

step "seeding up to $LARGEROWS log rows of 350 organisations (a few minutes)"
json="$(bench --seed --rows="$LARGEROWS" --users=3500)"; info "$json"
step "first aggregation of $LARGEROWS rows (summary emptied first)"
bench --reset >/dev/null
large="$(bench --aggregate)"; info "$large"
step "incremental run after $APPEND new log rows"
bench --append="$APPEND" >/dev/null
incr="$(bench --aggregate)"; info "$incr"
step "measuring the pages at the large size"
measure ldoc "$MOODLE_URL/local/digitalstrategy/docaccess.php?period=3"
measure ldash "$MOODLE_URL/local/digitalstrategy/controlling.php"
# A plain page of the plugin (the survey campaigns, few rows) as the yardstick of what any page costs
# on this machine at this moment.
measure ref "$MOODLE_URL/local/digitalstrategy/campaigns.php"
load="$(cut -d' ' -f1-3 /proc/loadavg)"

echo
row() { printf '%-52s %12s %8s %8s %10s %12s %10s\n' "$@"; }
row "aggregation (+ s to warm the page cache)" "log rows" "runs" "batches" "seconds" "longest b." "peak MB"
row "first, 35 organisations" "$(field "$small" benchrows)" "$(field "$small" runs)" "$(field "$small" batches)" \
  "$(field "$small" seconds)+$(field "$small" warmseconds)" "$(field "$small" longestbatch)" "$(field "$small" peakmemorymb)"
row "first, 350 organisations" "$(field "$large" benchrows)" "$(field "$large" runs)" "$(field "$large" batches)" \
  "$(field "$large" seconds)+$(field "$large" warmseconds)" "$(field "$large" longestbatch)" "$(field "$large" peakmemorymb)"
row "incremental, +$APPEND rows" "$(field "$incr" benchrows)" "$(field "$incr" runs)" "$(field "$incr" batches)" \
  "$(field "$incr" seconds)+$(field "$incr" warmseconds)" "$(field "$incr" longestbatch)" "$(field "$incr" peakmemorymb)"
info "summary rows after the large run: $(field "$large" docaccessrows) document-access, $(field "$large" activeuserrows) active-user months, $(field "$large" organisations) organisations"
echo
row2() { printf '%-52s %10s %10s %10s\n' "$@"; }
row2 "page" "DB reads" "server s" "fastest"
row2 "docaccess.php, $SMALLROWS rows / 35 organisations" "$sdoc_reads" "$sdoc_time" "$sdoc_tmin"
row2 "docaccess.php, $LARGEROWS rows / 350 organisations" "$ldoc_reads" "$ldoc_time" "$ldoc_tmin"
row2 "controlling.php, $SMALLROWS rows / 35 organisations" "$sdash_reads" "$sdash_time" "$sdash_tmin"
row2 "controlling.php, $LARGEROWS rows / 350 organisations" "$ldash_reads" "$ldash_time" "$ldash_tmin"
row2 "campaigns.php (yardstick: a plain page)" "$ref_reads" "$ref_time" "$ref_tmin"
info "load average while measuring: $load ($(nproc) CPUs)"
echo

fail=0
verdict() { if [ "$1" = 1 ]; then printf '\033[32mPASS\033[0m %s\n' "$2"; else printf '\033[31mFAIL\033[0m %s\n' "$2"; fail=1; fi; }
within() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
verdict "$(within "$(field "$large" longestbatch)" "$BATCH_BUDGET")" "longest batch $(field "$large" longestbatch) s (budget $BATCH_BUDGET s)"
verdict "$([ "$sdoc_reads" = "$ldoc_reads" ] && echo 1 || echo 0)" "docaccess.php DB reads constant: $sdoc_reads / $ldoc_reads"
verdict "$(within "$ldoc_time" "$TIME_BUDGET")" "docaccess.php at the large size: $ldoc_time s (budget $TIME_BUDGET s)"
if [ "$ldash_reads" != "–" ]; then
  verdict "$([ "$sdash_reads" = "$ldash_reads" ] && echo 1 || echo 0)" "controlling.php DB reads constant: $sdash_reads / $ldash_reads"
  verdict "$(within "$ldash_time" "$TIME_BUDGET")" "controlling.php at the large size: $ldash_time s (budget $TIME_BUDGET s)"
else
  info "controlling.php is not on this site: not measured"
fi
exit "$fail"
