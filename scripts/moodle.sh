#!/usr/bin/env bash
# Moodle core, the private PostgreSQL cluster and Moodle sites with our three plugins.
#   moodle.sh core            locate (or fetch with Composer) Moodle core for $MOODLE_VERSION
#   moodle.sh db-start|db-stop
#   moodle.sh site            install the site once (core first, then our plugins via upgrade.php,
#                             the way an admin adds plugins), sync plugins and upgrade on later runs
#   moodle.sh sync            copy the plugins into the site and run upgrade.php
#   moodle.sh phpunit-init    prepare Moodle's PHPUnit environment (phpu_ tables)
#   moodle.sh phpunit [args]  run PHPUnit inside the site (args as for vendor/bin/phpunit)
#   moodle.sh php FILE [args] run a PHP CLI script with the site's PHP settings
#   moodle.sh www             print the site's code folder
# MOODLE_VERSION (4.5 | 5.0) selects the site; MOODLE_DIR names an existing Moodle checkout.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SITE="$VAR/moodle-$MOODLE_VERSION"
WWW="$SITE/www"
# The private PostgreSQL cluster lives in .var/pg when the postgres user can reach that folder. A
# clone under a folder only root may enter (such as /root) keeps it in PostgreSQL's own home,
# /var/lib/postgresql, in a folder named after the clone (see set_pg_dir).
PG_DIR="$VAR/pg"
DBNAME="moodle${MOODLE_VERSION//./}"
PHP_OPTS=(-d max_input_vars=5000 -d memory_limit=512M -d opcache.enable_cli=0)
PLUGINS=("local_digitalstrategy:local/digitalstrategy" "mod_devcircle:mod/devcircle" "block_digicheck:blocks/digicheck")
if [ "$MOODLE_VERSION" = "4.5" ]; then SITE_PORT="$FRONT_PORT"; else SITE_PORT="${SITE_PORT_50:-8082}"; fi
WWWROOT="${MOODLE_WWWROOT:-http://localhost:$SITE_PORT}"

mphp() { php "${PHP_OPTS[@]}" "$@"; }

ensure_php() {
  ensure_apt php8.2-cli php8.2-pgsql php8.2-curl php8.2-zip php8.2-gd php8.2-intl php8.2-mbstring \
    php8.2-xml php8.2-soap php8.2-opcache php8.2-readline postgresql locales rsync composer
  # Moodle's PHPUnit wants en_AU; German users want de_DE.
  if ! locale -a 2>/dev/null | grep -qi '^en_AU.utf8$' || ! locale -a | grep -qi '^de_DE.utf8$'; then
    sed -i -E 's/^# *(en_AU.UTF-8|de_DE.UTF-8|en_US.UTF-8)/\1/' /etc/locale.gen
    locale-gen >/dev/null
  fi
}

# Finds Moodle core: $MOODLE_DIR, else a tree already in the cache, else a Composer download into
# the cache. What Composer said is kept in $CACHE/moodle-$MOODLE_VERSION.composer.log and shown when
# the download fails.
core_dir() {
  if [ -n "${MOODLE_DIR:-}" ]; then
    [ -f "$MOODLE_DIR/version.php" ] || die "MOODLE_DIR=$MOODLE_DIR is not a Moodle checkout"
    echo "$MOODLE_DIR"; return
  fi
  local dir="$CACHE/moodle-$MOODLE_VERSION"
  if [ ! -f "$dir/version.php" ]; then
    local tmp="$CACHE/.moodle-$MOODLE_VERSION.tmp" log="$CACHE/moodle-$MOODLE_VERSION.composer.log"; rm -rf "$tmp"
    command -v composer >/dev/null || ensure_php >&2
    echo "Moodle $MOODLE_VERSION: trying Composer (moodle/moodle:~$MOODLE_VERSION.0)" >&2
    if COMPOSER_ALLOW_SUPERUSER=1 composer create-project --no-install --no-interaction --no-scripts --no-progress \
         "moodle/moodle:~$MOODLE_VERSION.0" "$tmp" >"$log" 2>&1; then
      mv "$tmp" "$dir"
    else
      rm -rf "$tmp"
      { echo "Composer could not download moodle/moodle:~$MOODLE_VERSION.0; its output ($log):"
        sed '/^ *create-project \[/,$d' "$log" | grep -v '^[[:space:]]*$' | tail -n 8 | sed 's/^/    /'; } >&2
      return 1
    fi
  fi
  echo "$dir"
}

cmd_core() {
  local dir; dir="$(core_dir)" || {
    cat >&2 <<MSG
No Moodle $MOODLE_VERSION core found: the Composer package moodle/moodle is not available here.
Point MOODLE_DIR at a Moodle $MOODLE_VERSION checkout, or put one at $CACHE/moodle-$MOODLE_VERSION.
MSG
    return 1; }
  echo "$dir"
}

# Runs a command as the postgres user from /, a folder it may enter.
pg_as_postgres() { (cd / && runuser -u postgres -- "$@"); }
set_pg_dir() {
  [ -f "$VAR/pg/data/PG_VERSION" ] && { PG_DIR="$VAR/pg"; return; }
  if id postgres >/dev/null 2>&1 && ! pg_as_postgres test -x "$VAR"; then
    PG_DIR="$(getent passwd postgres | cut -d: -f6)/digitalsozial-$(printf '%s' "$VAR" | sha1sum | cut -c1-12)"
  fi
}
db_start() {
  ensure_php
  set_pg_dir
  local bin; bin="$(pg_bin)"
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    step "PostgreSQL: creating a private cluster in $PG_DIR"
    mkdir -p "$PG_DIR/data" "$PG_DIR/run"; chown -R postgres: "$PG_DIR"
    pg_as_postgres "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! pg_as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    step "PostgreSQL: starting on 127.0.0.1:$PG_PORT"
    pg_as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w start \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR/run -c fsync=off -c full_page_writes=off -c synchronous_commit=off" >/dev/null \
      || { tail -n 20 "$PG_DIR/postgres.log" >&2; die "PostgreSQL did not start (log: $PG_DIR/postgres.log)"; }
  fi
}
db_stop() {
  set_pg_dir
  [ -f "$PG_DIR/data/PG_VERSION" ] || return 0
  local bin; bin="$(pg_bin)"
  pg_as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1 || return 0
  pg_as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
}
psql_q() { "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atq "$@"; }

write_config() {
  cat > "$WWW/config.php" <<PHP
<?php  // Generated by scripts/moodle.sh for a local development site.
unset(\$CFG);
global \$CFG;
\$CFG = new stdClass();
\$CFG->dbtype    = 'pgsql';
\$CFG->dblibrary = 'native';
\$CFG->dbhost    = '127.0.0.1';
\$CFG->dbname    = '$DBNAME';
\$CFG->dbuser    = 'postgres';
\$CFG->dbpass    = '';
\$CFG->prefix    = 'mdl_';
\$CFG->dboptions = ['dbport' => $PG_PORT, 'dbpersist' => 0];
\$CFG->wwwroot   = '$WWWROOT';
\$CFG->dataroot  = '$SITE/data';
\$CFG->admin     = 'admin';
\$CFG->directorypermissions = 02777;
\$CFG->phpunit_prefix = 'phpu_';
\$CFG->phpunit_dataroot = '$SITE/phpunitdata';
// Developer debugging: our plugins must install and run without a single notice.
\$CFG->debug = (E_ALL);
\$CFG->debugdisplay = 1;
// A development site sends no mail (there is no mail server); Moodle logs what it would send.
\$CFG->noemailever = true;
// PHP's built-in server sits behind the local front proxy, which keeps the browser's Host header:
// take the port the browser used, so Moodle's wwwroot check sees the public address.
if (!empty(\$_SERVER['HTTP_X_FORWARDED_HOST']) && (\$_SERVER['REMOTE_ADDR'] ?? '') === '127.0.0.1') {
    \$_SERVER['SERVER_PORT'] = parse_url('http://' . \$_SERVER['HTTP_X_FORWARDED_HOST'], PHP_URL_PORT) ?: 80;
}
if (file_exists(__DIR__ . '/config-local.php')) {
    require(__DIR__ . '/config-local.php');
}
require_once(__DIR__ . '/lib/setup.php');
PHP
}

# Copies core into the site (hard links: fast and small) and our plugins on top (real copies:
# plugin files use __DIR__ to find config.php, which a symlink would break).
build_tree() {
  local core; core="$(cmd_core)"
  if [ ! -f "$WWW/version.php" ]; then
    step "Moodle $MOODLE_VERSION: preparing code in $WWW (from $core)"
    mkdir -p "$SITE"; rm -rf "$WWW.tmp"
    # Hard links need core on the same file system (not across a mount); else a plain copy.
    cp -al "$core" "$WWW.tmp" 2>/dev/null || { rm -rf "$WWW.tmp"; cp -a "$core" "$WWW.tmp"; }
    rm -f "$WWW.tmp/config.php"
    mv "$WWW.tmp" "$WWW"
  fi
  if [ ! -x "$WWW/vendor/bin/phpunit" ]; then
    step "Moodle $MOODLE_VERSION: installing PHPUnit with Composer"
    # Only the test libraries: Behat's packages are not all on the registry, and we do not need them.
    (cd "$WWW" && mphp -r '$j=json_decode(file_get_contents("composer.json"),true);
        $j["require-dev"]=array_intersect_key($j["require-dev"],["phpunit/phpunit"=>1,"mikey179/vfsstream"=>1]);
        file_put_contents("composer-tests.json",json_encode($j,JSON_PRETTY_PRINT|JSON_UNESCAPED_SLASHES));' &&
      COMPOSER=composer-tests.json composer_quiet install) || die "installing Moodle's PHPUnit with Composer failed (output above)"
  fi
  write_config
  mkdir -p "$SITE/data" "$SITE/phpunitdata"
}

copy_plugins() {
  local p src dst
  for p in "${PLUGINS[@]}"; do
    src="$ROOT/${p%%:*}"; dst="$WWW/${p#*:}"
    [ -f "$src/version.php" ] || continue
    # Unlink before copying so a hard-linked core file is never written through.
    rsync -a --delete --exclude 'node_modules' "$src/" "$dst/"
  done
}

# Runs a CLI script and fails on any PHP notice or Moodle debugging message in its output.
run_clean() { # logfile cmd...
  local log="$1"; shift
  if ! "$@" >"$log" 2>&1; then cat "$log" >&2; die "failed: $*"; fi
  if grep -nE '(Notice|Warning|Deprecated|Fatal error|Debugging:|debugging\(|Coding error)' "$log" \
      | grep -v 'xmlrpc\|^.*: ?$' >/dev/null; then
    grep -nE '(Notice|Warning|Deprecated|Fatal error|Debugging:|debugging\(|Coding error)' "$log" >&2
    die "debugging output in $log"
  fi
}

# German for German users: Moodle's language pack "de" (core's strings, German dates and 24-hour
# times), installed into the site's dataroot once, from the first of
#   1. MOODLE_LANGPACK_DIR, a folder holding de/ (an export of a language-pack checkout);
#   2. Moodle's own language import (tool_langimport) from download.moodle.org, when reachable;
#   3. $CACHE/moodle-langpack-<version>/de, else the newest older version's pack there (Moodle 5.0
#      takes the 4.5 pack: strings newer than the pack stay English).
# A missing pack fails (the runner's strict rule) unless opted out with SKIP=german; the site is
# then English only. With LANGPACK_OPTIONAL=1 (the test runner, which reports it as a failure of
# its own) a missing pack leaves $SITE/langpack-de.missing instead. What was installed is noted in
# $SITE/langpack-de.source.
langpack_cached() { # prints the cache folder holding de/ for $MOODLE_VERSION or the newest older version
  local dir v best=""
  for dir in "$CACHE"/moodle-langpack-*; do
    [ -f "$dir/de/langconfig.php" ] || continue
    v="${dir##*/moodle-langpack-}"
    # Only this version or an older one (sort -V puts the smaller first).
    [ "$(printf '%s\n%s\n' "$v" "$MOODLE_VERSION" | sort -V | head -n 1)" = "$v" ] || continue
    if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "${best##*/moodle-langpack-}" "$v" | sort -V | tail -n 1)" = "$v" ]; then best="$dir"; fi
  done
  [ -n "$best" ] && echo "$best"
}
copy_langpack() { # folder-holding-de source-note
  local dest="$SITE/data/lang/de"
  rm -rf "$dest.tmp"; mkdir -p "$SITE/data/lang"
  cp -r "$1/de" "$dest.tmp"
  rm -rf "$dest"; mv "$dest.tmp" "$dest"
  echo "$2" > "$SITE/langpack-de.source"
}
ensure_german() {
  local dest="$SITE/data/lang/de" marker="$SITE/langpack-de.source" want="" dir rc=0
  rm -f "$SITE/langpack-de.missing"
  if skipped german; then
    info "German language pack: not installed (SKIP=german); the site is English only"
    return 0
  fi
  if [ -n "${MOODLE_LANGPACK_DIR:-}" ]; then
    [ -f "$MOODLE_LANGPACK_DIR/de/langconfig.php" ] \
      || die "MOODLE_LANGPACK_DIR=$MOODLE_LANGPACK_DIR holds no de/langconfig.php (it names the folder that holds de/)"
    want="folder $(cd "$MOODLE_LANGPACK_DIR" && pwd)"
  fi
  # Installed before from the same source: nothing to do. (A pack of a few files is the
  # langconfig-only stand-in earlier versions of this script made: replaced.)
  if [ -f "$dest/langconfig.php" ] && [ -f "$marker" ] && [ "$(find "$dest" -name '*.php' | wc -l)" -gt 100 ] \
      && { [ -z "$want" ] || [ "$(cat "$marker")" = "$want" ]; }; then
    return 0
  fi
  if [ -n "$want" ]; then
    step "Moodle $MOODLE_VERSION: German language pack from $MOODLE_LANGPACK_DIR"
    copy_langpack "$MOODLE_LANGPACK_DIR" "$want"; return 0
  fi
  step "Moodle $MOODLE_VERSION: German language pack"
  mphp "$ROOT/scripts/langimport.php" "$WWW" de >"$SITE/langimport.log" 2>&1 || rc=$?
  if [ "$rc" = 0 ]; then
    info "installed by Moodle's language import from download.moodle.org"
    echo "tool_langimport" > "$marker"; return 0
  fi
  if [ "$rc" = 3 ]; then info "$(tail -n 1 "$SITE/langimport.log")"
  else info "Moodle's language import failed (log: $SITE/langimport.log)"; fi
  if dir="$(langpack_cached)"; then
    local packversion="${dir##*/moodle-langpack-}"
    if [ "$packversion" = "$MOODLE_VERSION" ]; then info "from $dir/de"
    else info "from $dir/de: the pack of Moodle $packversion (strings newer than it stay English)"; fi
    copy_langpack "$dir" "cache $dir"; return 0
  fi
  local why="German language pack not found: download.moodle.org is not reachable, MOODLE_LANGPACK_DIR is not set and \
$CACHE/moodle-langpack-$MOODLE_VERSION/de does not exist. Put the pack (the de/ folder of Moodle's language pack \
for $MOODLE_VERSION) there or name its folder with MOODLE_LANGPACK_DIR; or opt out with SKIP=german."
  if [ -n "${LANGPACK_OPTIONAL:-}" ]; then
    info "$why"; echo "$why" > "$SITE/langpack-de.missing"; return 0
  fi
  die "$why"
}

cmd_site() {
  db_start
  build_tree
  if [ ! -f "$SITE/installed" ]; then
    if [ "$(psql_q -c "select 1 from pg_database where datname='$DBNAME'")" = "1" ]; then
      psql_q -c "drop database $DBNAME" ; fi
    psql_q -c "create database $DBNAME encoding 'UTF8' template template0"
    rm -rf "$SITE/data"/* ; local p
    for p in "${PLUGINS[@]}"; do rm -rf "$WWW/${p#*:}"; done
    step "Moodle $MOODLE_VERSION: installing core (about a minute)"
    run_clean "$SITE/install.log" mphp "$WWW/admin/cli/install_database.php" --agree-license \
      --fullname="digit@l und sozi@l" --shortname="digisoz" --summary="Akademie" \
      --adminuser=admin --adminpass="${ADMIN_PASSWORD:-Admin123!}" --adminemail=admin@example.org
    mphp "$WWW/admin/cli/cfg.php" --name=noreplyaddress --set=noreply@example.org
    # MathJax loads from a public CDN, which this machine (and many intranets) cannot reach.
    mphp -r "define('CLI_SCRIPT', true); require('$WWW/config.php'); filter_set_global_state('mathjaxloader', TEXTFILTER_DISABLED);"
    touch "$SITE/core-installed"
  fi
  ensure_german
  step "Moodle $MOODLE_VERSION: copying plugins and running upgrade.php"
  copy_plugins
  run_clean "$SITE/upgrade.log" mphp "$WWW/admin/cli/upgrade.php" --non-interactive
  touch "$SITE/installed"
  # Keep the caches honest after plugin code changed (templates, strings, AMD).
  mphp "$WWW/admin/cli/purge_caches.php" >/dev/null
}

cmd_phpunit_init() {
  cmd_site >/dev/null
  step "Moodle $MOODLE_VERSION: PHPUnit environment"
  # init.php starts more PHP processes itself ("php util.php"): give them the site's PHP settings too,
  # and an existing composer.phar so it does not try to download one (vendor/ is installed already).
  mkdir -p "$SITE/php.d"; printf 'max_input_vars=5000\nmemory_limit=512M\n' > "$SITE/php.d/moodle.ini"
  [ -f "$WWW/composer.phar" ] || : > "$WWW/composer.phar"
  (cd "$WWW" && PHP_INI_SCAN_DIR=":$SITE/php.d" mphp admin/tool/phpunit/cli/init.php --disable-composer \
    >"$SITE/phpunit-init.log" 2>&1) || {
    tail -30 "$SITE/phpunit-init.log" >&2; die "PHPUnit init failed"; }
}

# Sourced (by the upgrade test) for its functions only.
[ "${BASH_SOURCE[0]}" = "$0" ] || return 0

case "${1:-}" in
  core) cmd_core ;;
  db-start) db_start ;;
  db-stop) db_stop ;;
  site) cmd_site ;;
  sync) cmd_site ;;
  phpunit-init) cmd_phpunit_init ;;
  phpunit) shift; db_start; copy_plugins; cd "$WWW" && exec php "${PHP_OPTS[@]}" vendor/bin/phpunit "$@" ;;
  php) shift; exec php "${PHP_OPTS[@]}" "$@" ;;
  www) echo "$WWW" ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
