#!/usr/bin/env bash
# Moodle's coding standard (moodle-cs) over all our PHP: the three plugins, scripts, tests, docker.
#   phpcs.sh [phpcs args]       check (default: all our PHP, full report)
#   phpcs.sh --fix [paths]      let phpcbf fix what it can
#   phpcs.sh --where            print where moodle-cs was found, or fail
# PHP_CodeSniffer comes from Composer (composer.json, require-dev). moodle-cs and the two
# standards it builds on (PHPCSExtra, PHPCSUtils) come from Composer where the registry has
# them, else from checkouts named by MOODLE_CS_DIR, PHPCSEXTRA_DIR, PHPCSUTILS_DIR, else from
# $CACHE/moodle-cs, $CACHE/phpcsextra, $CACHE/phpcsutils (found the same way as Moodle core).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

# Everything of ours that is PHP: the three plugins, the scripts, the tests (PHP fixtures, the
# benchmark, the upgrade test, the checks run without Moodle) and the Docker configuration.
TARGETS=(local_digitalstrategy mod_devcircle block_digicheck scripts tests docker)
COMMON=(--extensions=php --ignore='*/node_modules/*,*/vendor/*,*/.var/*,*/amd/build/*')

# Prints the comma-separated installed_paths for phpcs, or fails naming what is missing.
# Order: the project's vendor/ (if composer.json ever requires moodle-cs), checkouts named by the
# environment or in the cache, else Composer installs moodlehq/moodle-cs into the cache (outside
# the repository) where the registry has it.
standards() {
  local dir
  for dir in "$ROOT/vendor" "$CACHE/moodle-cs-composer/vendor"; do
    if [ -f "$dir/moodlehq/moodle-cs/moodle/ruleset.xml" ]; then
      echo "$dir/moodlehq/moodle-cs,$dir/phpcsstandards/phpcsextra,$dir/phpcsstandards/phpcsutils"
      return
    fi
  done
  local cs="${MOODLE_CS_DIR:-$CACHE/moodle-cs}" extra="${PHPCSEXTRA_DIR:-$CACHE/phpcsextra}" utils="${PHPCSUTILS_DIR:-$CACHE/phpcsutils}"
  local missing=()
  [ -f "$cs/moodle/ruleset.xml" ] || missing+=("moodle-cs (MOODLE_CS_DIR or $CACHE/moodle-cs)")
  [ -f "$extra/Universal/ruleset.xml" ] || missing+=("PHPCSExtra (PHPCSEXTRA_DIR or $CACHE/phpcsextra)")
  [ -f "$utils/PHPCSUtils/ruleset.xml" ] || missing+=("PHPCSUtils (PHPCSUTILS_DIR or $CACHE/phpcsutils)")
  if [ ${#missing[@]} -eq 0 ]; then echo "$cs,$extra,$utils"; return; fi
  echo "moodle-cs: no checkout found; trying Composer (moodlehq/moodle-cs into $CACHE/moodle-cs-composer)" >&2
  mkdir -p "$CACHE/moodle-cs-composer"
  [ -f "$CACHE/moodle-cs-composer/composer.json" ] || echo '{"config": {"allow-plugins": {"dealerdirect/phpcodesniffer-composer-installer": false}}}' \
    > "$CACHE/moodle-cs-composer/composer.json"
  if composer_quiet --working-dir="$CACHE/moodle-cs-composer" require moodlehq/moodle-cs \
      && [ -f "$CACHE/moodle-cs-composer/vendor/moodlehq/moodle-cs/moodle/ruleset.xml" ]; then
    dir="$CACHE/moodle-cs-composer/vendor"
    echo "$dir/moodlehq/moodle-cs,$dir/phpcsstandards/phpcsextra,$dir/phpcsstandards/phpcsutils"
    return
  fi
  printf 'Moodle coding standard not found: %s\n' "${missing[@]}" >&2
  echo "Composer could not install moodlehq/moodle-cs either (output above). Export the public repositories" >&2
  echo "moodlehq/moodle-cs, PHPCSStandards/PHPCSExtra and PHPCSStandards/PHPCSUtils into those folders," >&2
  echo "or opt out of this check by name: SKIP=phpcs npm test" >&2
  return 1
}

ensure_composer_vendor
paths="$(standards)" || exit 1
case "${1:-}" in
  --where) echo "$paths"; exit 0 ;;
  --fix) shift; exec vendor/bin/phpcbf --runtime-set installed_paths "$paths" --standard=moodle "${COMMON[@]}" -q "${@:-${TARGETS[@]}}" ;;
esac
# Without paths: all our PHP (and the full report unless a report was asked for).
haspath=0; hasreport=0
for a in "$@"; do case "$a" in --report*) hasreport=1 ;; -*) ;; *) haspath=1 ;; esac; done
[ $hasreport = 1 ] || set -- --report=full "$@"
[ $haspath = 1 ] || set -- "$@" "${TARGETS[@]}"
exec vendor/bin/phpcs --runtime-set installed_paths "$paths" --standard=moodle "${COMMON[@]}" -p --colors "$@"
