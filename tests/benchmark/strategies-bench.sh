#!/usr/bin/env bash
# Strategies benchmark: the project team's overview /local/digitalstrategy/strategies.php at about 35
# and about 350 active organisations, each with a strategy, four measures and sixteen ratings,
# measured as whole pages through HTTP with Moodle's performance footer (perfdebug, switched on for
# the run and restored afterwards): "DB reads/writes" and "secs" (server time), medians of RUNS
# requests after two warm-up requests, for the default page (50 organisations) and "show all".
#   bash tests/benchmark/strategies-bench.sh          (the stack must run: npm run stack)
#   RUNS=20 SMALL=35 LARGE=350 bash tests/benchmark/strategies-bench.sh
# Budget (PASS/FAIL, exit 1 on FAIL): the database reads of both pages are the same at both sizes
# (compared on the fewest reads seen, so a rare cache refill does not count).
# The benchmark organisations stay (bench-0001 …); remove them with
#   bash scripts/moodle.sh php tests/benchmark/strategies-bench.php "$(bash scripts/moodle.sh www)" --cleanup
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
MOODLE_URL="${MOODLE_URL:-http://localhost:$FRONT_PORT}"
RUNS="${RUNS:-10}"
SMALL="${SMALL:-35}"
LARGE="${LARGE:-350}"
MOODLE=(bash scripts/moodle.sh)
www="$("${MOODLE[@]}" www)"
cfg=("${MOODLE[@]}" php "$www/admin/cli/cfg.php")
curl -sf -o /dev/null "$MOODLE_URL/login/index.php" || die "Moodle does not answer at $MOODLE_URL (npm run stack)"

seed() { "${MOODLE[@]}" php tests/benchmark/strategies-bench.php "$www" "$@" | tail -1; }
field() { php -r '$d = json_decode($argv[1], true); echo $d[$argv[2]];' "$1" "$2"; }

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

# measure NAME=URL ... -> NAME_reads (median) NAME_rmin (fewest) NAME_time (median) NAME_kb NAME_rows
measure() {
  local pair name url i r t html
  declare -A reads times bytes rows
  for pair in "$@"; do
    url="${pair#*=}"
    for i in 1 2; do curl -s -b "$jar" -o /dev/null "$url"; done
  done
  for ((i = 0; i < RUNS; i++)); do
    for pair in "$@"; do
      name="${pair%%=*}"; url="${pair#*=}"
      html="$(curl -s -b "$jar" "$url")"
      r="$(grep -o 'DB reads/writes: [0-9]*/[0-9]*' <<<"$html" | head -1 | sed 's/.*: //')"
      t="$(grep -o '<li class="timeused[^>]*>[0-9.]* secs' <<<"$html" | head -1 | sed 's/.*>//;s/ secs//')"
      [ -n "$r" ] && [ -n "$t" ] || die "no performance footer on $url (logged in? page error?)"
      reads[$name]+="${r%%/*} "; times[$name]+="$t "; bytes[$name]+="${#html} "
      rows[$name]="$(grep -o '<tr data-orgid=' <<<"$html" | wc -l)"
    done
  done
  for pair in "$@"; do
    name="${pair%%=*}"
    printf -v "${name}_reads" '%s' "$(tr ' ' '\n' <<<"${reads[$name]}" | grep . | median)"
    printf -v "${name}_rmin" '%s' "$(tr ' ' '\n' <<<"${reads[$name]}" | grep . | sort -n | head -1)"
    printf -v "${name}_time" '%s' "$(tr ' ' '\n' <<<"${times[$name]}" | grep . | median)"
    printf -v "${name}_kb" '%s' "$(tr ' ' '\n' <<<"${bytes[$name]}" | grep . | median | awk '{printf "%.1f", $1 / 1024}')"
    printf -v "${name}_rows" '%s' "${rows[$name]}"
  done
}

page="$MOODLE_URL/local/digitalstrategy/strategies.php"
step "seeding organisations with strategies up to $SMALL; measuring $RUNS requests (medians)"
json="$(seed --orgs="$SMALL")"; small_orgs="$(field "$json" organisations)"
measure smallpaged="$page" smallall="$page?perpage=0"
step "seeding organisations with strategies up to $LARGE; measuring again"
json="$(seed --orgs="$LARGE")"; large_orgs="$(field "$json" organisations)"
measure largepaged="$page" largeall="$page?perpage=0"

echo
printf '%-58s %6s %9s %9s %9s %9s\n' "page" "rows" "DB reads" "fewest" "server s" "KB HTML"
row() { printf '%-58s %6s %9s %9s %9s %9s\n' "$@"; }
row "strategies.php, $small_orgs organisations, 50 a page" "$smallpaged_rows" "$smallpaged_reads" "$smallpaged_rmin" "$smallpaged_time" "$smallpaged_kb"
row "strategies.php, $large_orgs organisations, 50 a page" "$largepaged_rows" "$largepaged_reads" "$largepaged_rmin" "$largepaged_time" "$largepaged_kb"
row "strategies.php?perpage=0, $small_orgs organisations (all)" "$smallall_rows" "$smallall_reads" "$smallall_rmin" "$smallall_time" "$smallall_kb"
row "strategies.php?perpage=0, $large_orgs organisations (all)" "$largeall_rows" "$largeall_reads" "$largeall_rmin" "$largeall_time" "$largeall_kb"
echo
echo "DB reads: median and fewest of $RUNS requests; server s: median (Moodle's own footer, the whole page)."

fail=0
verdict() { if [ "$1" = 1 ]; then printf '\033[32mPASS\033[0m %s\n' "$2"; else printf '\033[31mFAIL\033[0m %s\n' "$2"; fail=1; fi; }
same() { [ "$1" = "$2" ] && echo 1 || echo 0; }
verdict "$(same "$smallpaged_rmin" "$largepaged_rmin")" "DB reads of the paged overview: $smallpaged_rmin at $small_orgs, $largepaged_rmin at $large_orgs organisations"
verdict "$(same "$smallall_rmin" "$largeall_rmin")" "DB reads of the whole overview: $smallall_rmin at $small_orgs, $largeall_rmin at $large_orgs organisations"
exit "$fail"
