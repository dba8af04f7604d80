#!/usr/bin/env bash
# Upgrade test: a site of the last release ($UPGRADE_FROM, default v0.1.0) with data in every
# table of the plugins, upgraded to this tree with admin/cli/upgrade.php.
#
# The releases are kept as archives in tests/upgrade/releases/ (no source maps), so the test needs no
# git history (CI clones may be shallow). A new release's archive is made from its tag:
#   t=$(mktemp -d); git archive v0.2.0 local_digitalstrategy mod_devcircle block_digicheck | tar -x -C $t
#   find $t -name '*.map' -delete; tar -C $t -c local_digitalstrategy mod_devcircle block_digicheck \
#     | gzip -9n > tests/upgrade/releases/v0.2.0.tar.gz
#
#   tests/upgrade/upgrade-test.sh            (MOODLE_VERSION 4.5 by default)
#
# 1. A fresh Moodle site of its own (database moodle45_upgrade, dataroot and code under
#    .var/moodle-4.5-upgrade). The core install is kept as a PostgreSQL template database (and a
#    copy of its dataroot); it is redone only when Moodle core changes.
# 2. The three plugins as they were at the release (its archive) are added with upgrade.php; the data is
#    created through the APIs of that release (create-data.php); every row of the plugins' tables
#    (those of the release's install.xml) and the core rows that belong to them are written down
#    (fingerprint.php). This state is kept as a second template database; it is redone only when
#    core, the release archive or these scripts change.
# 3. Each run: that state is restored, the working tree's plugins are copied in, upgrade.php runs;
#    it must succeed without any notice, warning, deprecation or debugging output, the database
#    must match install.xml (core's check_database_schema.php), and compare.php finds every old row
#    intact and the shipped instruments at their newest versions.
# Prints one "ok"/"not ok" line per check; writes the counts to $TEST_COUNTS when set.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../scripts/moodle.sh
source "$ROOT/scripts/moodle.sh"
cd "$ROOT"

FROM="${UPGRADE_FROM:-v0.1.0}"
HERE="$ROOT/tests/upgrade"
SITE="$VAR/moodle-$MOODLE_VERSION-upgrade"
WWW="$SITE/www"
DBNAME="moodle${MOODLE_VERSION//./}_upgrade"
WWWROOT="http://localhost/upgrade-test"   # never served
CORE_DB="${DBNAME}_core"
OLD_DB="${DBNAME}_old"
COMPONENTS=(local_digitalstrategy mod_devcircle block_digicheck)

results=()
check() { # ok|not-ok name [details file]
  local state="$1" name="$2"
  if [ "$state" = ok ]; then echo "ok - $name"; results+=("ok"); else
    echo "not ok - $name"; results+=("failed: $name")
    [ -n "${3:-}" ] && [ -s "$3" ] && sed 's/^/    /' "$3" | head -n 30
  fi
  return 0
}
finish() {
  local p=0 f=0 r details=()
  for r in "${results[@]}"; do
    if [ "$r" = ok ]; then p=$((p + 1)); else f=$((f + 1)); details+=("$r"); fi
  done
  if [ -n "${TEST_COUNTS:-}" ]; then
    { echo "$p $f 0"; [ ${#details[@]} -gt 0 ] && printf '%s\n' "${details[@]}"; } > "$TEST_COUNTS"
  fi
  echo "upgrade test: $p checks passed, $f failed (from $FROM on Moodle $MOODLE_VERSION; logs in $SITE)"
  [ "$f" = 0 ]
}

# Lines of a CLI log that show PHP notices, warnings, deprecations or Moodle debugging output.
noisy_lines() {
  grep -nE '(PHP )?(Notice|Warning|Deprecated|Fatal error|Parse error)(:| )|Debugging:|call to debugging\(\)|Coding error|^!!! |Default exception handler' "$1" || true
}

db_exists() { [ "$(psql_q -c "select 1 from pg_database where datname='$1'")" = 1 ]; }
db_copy() { # from to: a new database from a template (nobody may be connected to either)
  psql_q -c "drop database if exists $2 with (force)"
  psql_q -c "create database $2 template $1"
}
data_copy() { rm -rf "$2"; mkdir -p "$(dirname "$2")"; cp -a "$1" "$2"; }

# The site's code: Moodle core hard-linked (never written through) plus a plugin folder set.
place_plugins() { # source folder holding local_digitalstrategy/ mod_devcircle/ block_digicheck/
  local p
  for p in "${PLUGINS[@]}"; do
    mkdir -p "$WWW/${p#*:}"
    rsync -a --delete --exclude node_modules "$1/${p%%:*}/" "$WWW/${p#*:}/"
  done
}

db_start
core="$(cmd_core)"
corekey="$(cat "$core/version.php" | sha1sum | cut -c1-12)-$(basename "$(dirname "$(pg_bin)")")"
FROMARCHIVE="$HERE/releases/$FROM.tar.gz"
[ -f "$FROMARCHIVE" ] || die "no archive of release $FROM: $FROMARCHIVE"
oldkey="$corekey-$(cat "$FROMARCHIVE" "$HERE/create-data.php" "$HERE/fingerprint.php" | sha1sum | cut -c1-12)"
mkdir -p "$SITE"

if [ "$(cat "$SITE/code.key" 2>/dev/null)" != "$corekey" ] || [ ! -f "$WWW/version.php" ]; then
  step "upgrade test: Moodle $MOODLE_VERSION code in $WWW"
  rm -rf "$WWW" "$WWW.tmp"
  cp -al "$core" "$WWW.tmp" 2>/dev/null || { rm -rf "$WWW.tmp"; cp -a "$core" "$WWW.tmp"; }
  rm -f "$WWW.tmp/config.php"
  mv "$WWW.tmp" "$WWW"
  echo "$corekey" > "$SITE/code.key"
fi
write_config

# 1. Core alone, kept as a template database and a dataroot copy.
if [ "$(cat "$SITE/core.key" 2>/dev/null)" != "$corekey" ] || ! db_exists "$CORE_DB"; then
  step "upgrade test: installing Moodle $MOODLE_VERSION core (kept for later runs)"
  for p in "${PLUGINS[@]}"; do rm -rf "${WWW:?}/${p#*:}"; done
  psql_q -c "drop database if exists $DBNAME with (force)"
  psql_q -c "create database $DBNAME encoding 'UTF8' template template0"
  rm -rf "$SITE/data"; mkdir -p "$SITE/data"
  run_clean "$SITE/install.log" mphp "$WWW/admin/cli/install_database.php" --agree-license \
    --fullname="Upgrade test" --shortname="upgrade" --adminuser=admin --adminpass="Admin123!upgrade" \
    --adminemail=admin@example.org
  mphp "$WWW/admin/cli/cfg.php" --name=noreplyaddress --set=noreply@example.org
  db_copy "$DBNAME" "$CORE_DB"
  data_copy "$SITE/data" "$SITE/core-data"
  echo "$corekey" > "$SITE/core.key"
  rm -f "$SITE/old.key"
fi

# 2. The release's plugins with data, and the fingerprint of that data.
if [ "$(cat "$SITE/old.key" 2>/dev/null)" != "$oldkey" ] || ! db_exists "$OLD_DB"; then
  step "upgrade test: the plugins at $FROM with data (kept for later runs)"
  db_copy "$CORE_DB" "$DBNAME"
  data_copy "$SITE/core-data" "$SITE/data"
  rm -rf "$SITE/from"; mkdir -p "$SITE/from"
  tar -xzf "$FROMARCHIVE" -C "$SITE/from"
  place_plugins "$SITE/from"
  run_clean "$SITE/install-from.log" mphp "$WWW/admin/cli/upgrade.php" --non-interactive
  run_clean "$SITE/create-data.log" mphp "$HERE/create-data.php" "$WWW"
  mphp "$HERE/fingerprint.php" "$WWW" "$SITE/before.json" "$SITE"/from/*/db/install.xml
  db_copy "$DBNAME" "$OLD_DB"
  data_copy "$SITE/data" "$SITE/old-data"
  echo "$oldkey" > "$SITE/old.key"
fi

# 3. Upgrade that state to this tree.
step "upgrade test: upgrading from $FROM to this tree"
db_copy "$OLD_DB" "$DBNAME"
data_copy "$SITE/old-data" "$SITE/data"
place_plugins "$ROOT"
rc=0
mphp "$WWW/admin/cli/upgrade.php" --non-interactive >"$SITE/upgrade.log" 2>&1 || rc=$?
noisy_lines "$SITE/upgrade.log" > "$SITE/upgrade-noise.txt"
if [ $rc = 0 ] && [ ! -s "$SITE/upgrade-noise.txt" ]; then
  check ok "admin/cli/upgrade.php from $FROM succeeds without notices, warnings, deprecations or debugging output"
else
  [ $rc = 0 ] || { echo "upgrade.php exited with $rc; the end of its output:"; tail -n 25 "$SITE/upgrade.log"; } >> "$SITE/upgrade-noise.txt"
  check not-ok "admin/cli/upgrade.php from $FROM succeeds without notices, warnings, deprecations or debugging output" \
    "$SITE/upgrade-noise.txt"
fi
if [ $rc = 0 ]; then
  if mphp "$WWW/admin/cli/check_database_schema.php" >"$SITE/schema.log" 2>&1; then
    check ok "the upgraded database matches install.xml (check_database_schema.php)"
  else
    check not-ok "the upgraded database matches install.xml (check_database_schema.php)" "$SITE/schema.log"
  fi
  crc=0
  { mphp "$HERE/fingerprint.php" "$WWW" "$SITE/after.json" "$SITE"/from/*/db/install.xml >/dev/null &&
    php "$HERE/compare.php" "$SITE/before.json" "$SITE/after.json"; } >"$SITE/compare.log" 2>&1 || crc=$?
  while IFS= read -r line; do
    case "$line" in
      "ok - "*) echo "$line"; results+=("ok") ;;
      "not ok - "*) echo "$line"; results+=("failed: ${line#not ok - }") ;;
      *) echo "$line" ;;
    esac
  done < "$SITE/compare.log"
  if [ $crc != 0 ] && [ $crc != 1 ]; then check not-ok "the data after the upgrade could be read and compared (exit $crc)"; fi
fi
finish
