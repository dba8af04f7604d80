#!/usr/bin/env bash
# Invitation benchmark: a campaign for 350 organisations with contact addresses, its invitation
# task run once in one PHP process limited to 128 MB; prints the time and the peak memory.
#   bash tests/benchmark/invitations-bench.sh            (ORGS=350; with the stack running, the
#                                                          mails go to its mail catcher)
# Budget (PASS/FAIL, exit 1 on FAIL): every invitation sent in that one run, peak memory <= 128 MB.
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
cd "$ROOT"
ORGS="${ORGS:-350}"
www="$(bash scripts/moodle.sh www)"
step "invitations benchmark: $ORGS organisations, one task run, memory_limit=128M"
json="$(php -d max_input_vars=5000 -d memory_limit=128M -d opcache.enable_cli=0 \
  tests/benchmark/invitations-bench.php "$www" --orgs="$ORGS" | tail -1)"
field() { php -r '$d = json_decode($argv[1], true); echo $d[$argv[2]];' "$json" "$1"; }
echo
printf '%-34s %s\n' "invitations in the campaign" "$(field invitations)" "sent / refused" "$(field sent) / $(field failed)" \
  "time of the task run (s)" "$(field seconds)" "peak memory of the process (MB)" "$(field peakmb)" \
  "memory limit" "$(field memorylimit)" "mail" "$(field mail)"
fail=0
verdict() { if [ "$1" = 1 ]; then printf '\033[32mPASS\033[0m %s\n' "$2"; else printf '\033[31mFAIL\033[0m %s\n' "$2"; fail=1; fi; }
verdict "$([ "$(field sent)" = "$ORGS" ] && echo 1 || echo 0)" "all $ORGS invitations sent in one task run"
verdict "$(php -r 'echo $argv[1] <= 128 ? 1 : 0;' "$(field peakmb)")" "peak memory $(field peakmb) MB <= 128 MB"
exit "$fail"
