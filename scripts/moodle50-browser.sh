#!/usr/bin/env bash
# Serves the Moodle 5.0 test site on its own port and runs the browser tests that do not need
# Etherpad's proxy against it: the smoke test, survey campaigns, answering, survey results, project
# controlling and feedback on a webinar session (the BBB double and the mail catcher of the stack).
#   moodle50-browser.sh [vitest options]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export MOODLE_VERSION=5.0
PORT="${SITE_PORT_50:-8082}"
WWW="$(bash "$ROOT/scripts/moodle.sh" www)"
bash "$ROOT/scripts/stack.sh" configure
bash "$ROOT/scripts/moodle.sh" php "$ROOT/scripts/seed-demo.php" "$WWW"
mkdir -p "$VAR/log"
stop_bg php-server-50
PHP_CLI_SERVER_WORKERS=4 start_bg php-server-50 "$VAR/log/php-server-50.log" \
  php -d max_input_vars=5000 -d memory_limit=512M -S "127.0.0.1:$PORT" -t "$WWW"
trap 'stop_bg php-server-50' EXIT
wait_port "$PORT" 20 "PHP web server (Moodle 5.0)"
files=(tests/browser/smoke.test.ts tests/browser/campaigns.test.ts tests/browser/respond.test.ts
  tests/browser/campaign-results.test.ts tests/browser/controlling.test.ts)
skipped bbb || files+=(tests/browser/feedback.test.ts)
cd "$ROOT" && MOODLE_URL="http://localhost:$PORT" npx vitest run -c vitest.browser.config.ts "${files[@]}" "$@"
