#!/usr/bin/env bash
# Moodle's coding standard (moodle-cs) over the three plugins and our PHP scripts.
#   phpcs.sh [phpcs args]       check (default: the three plugins, summary report)
#   phpcs.sh --fix [paths]      let phpcbf fix what it can
#   phpcs.sh --where            print where moodle-cs was found, or fail
# PHP_CodeSniffer comes from Composer (composer.json, require-dev). moodle-cs and the two
# standards it builds on (PHPCSExtra, PHPCSUtils) come from Composer where the registry has
# them, else from checkouts named by MOODLE_CS_DIR, PHPCSEXTRA_DIR, PHPCSUTILS_DIR, else from
# $CACHE/moodle-cs, $CACHE/phpcsextra, $CACHE/phpcsutils (found the same way as Moodle core).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

TARGETS=(local_digitalstrategy mod_devcircle block_digicheck)

ensure_composer_vendor() {
  if [ ! -x vendor/bin/phpcs ] || [ composer.json -nt vendor/autoload.php ]; then
    composer install -q --no-interaction --no-progress
  fi
}

# Prints the comma-separated installed_paths for phpcs, or fails naming what is missing.
standards() {
  local vendored="$ROOT/vendor/moodlehq/moodle-cs"
  if [ -f "$vendored/moodle/ruleset.xml" ]; then
    echo "$vendored,$ROOT/vendor/phpcsstandards/phpcsextra,$ROOT/vendor/phpcsstandards/phpcsutils"
    return
  fi
  local cs="${MOODLE_CS_DIR:-$CACHE/moodle-cs}" extra="${PHPCSEXTRA_DIR:-$CACHE/phpcsextra}" utils="${PHPCSUTILS_DIR:-$CACHE/phpcsutils}"
  local missing=()
  [ -f "$cs/moodle/ruleset.xml" ] || missing+=("moodle-cs (MOODLE_CS_DIR or $CACHE/moodle-cs)")
  [ -f "$extra/Universal/ruleset.xml" ] || missing+=("PHPCSExtra (PHPCSEXTRA_DIR or $CACHE/phpcsextra)")
  [ -f "$utils/PHPCSUtils/ruleset.xml" ] || missing+=("PHPCSUtils (PHPCSUTILS_DIR or $CACHE/phpcsutils)")
  if [ ${#missing[@]} -gt 0 ]; then
    printf 'Moodle coding standard not found: %s\n' "${missing[@]}" >&2
    echo "On a machine with the public Packagist: composer require --dev moodlehq/moodle-cs" >&2
    return 1
  fi
  echo "$cs,$extra,$utils"
}

ensure_composer_vendor
paths="$(standards)" || exit 1
case "${1:-}" in
  --where) echo "$paths"; exit 0 ;;
  --fix) shift; exec vendor/bin/phpcbf --runtime-set installed_paths "$paths" --standard=moodle -q "${@:-${TARGETS[@]}}" ;;
esac
if [ $# -eq 0 ]; then set -- --report=full "${TARGETS[@]}"; fi
exec vendor/bin/phpcs --runtime-set installed_paths "$paths" --standard=moodle -p --colors "$@"
