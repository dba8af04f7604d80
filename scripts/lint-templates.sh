#!/usr/bin/env bash
# Mustache templates, linted as Moodle's CI does: rendered with their example context by Moodle's
# own engine inside the Moodle $MOODLE_VERSION site, then checked by the Nu HTML checker (npm's
# vnu-jar, which needs Java: Debian's default-jre-headless) and ESLint for {{#js}} blocks.
#   lint-templates.sh [component/template ...]
# The site is synchronised with the plugins first (moodle.sh site) unless TEMPLATES_SITE_READY=1.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
command -v java >/dev/null || ensure_apt default-jre-headless
command -v java >/dev/null || die "Java is needed by the Nu HTML checker (Debian: default-jre-headless)"
ensure_node_modules
VNU="$ROOT/node_modules/vnu-jar/build/dist/vnu.jar"
[ -f "$VNU" ] || die "the Nu HTML checker is missing: $VNU (npm package vnu-jar)"
if [ "${TEMPLATES_SITE_READY:-}" != 1 ]; then bash scripts/moodle.sh site >/dev/null; fi
WWW="$(bash scripts/moodle.sh www)"
[ -f "$WWW/config.php" ] || die "no Moodle $MOODLE_VERSION site at $WWW (run: MOODLE_VERSION=$MOODLE_VERSION bash scripts/moodle.sh site)"
exec bash scripts/moodle.sh php scripts/lint-templates.php "$WWW" "$VNU" "$@"
