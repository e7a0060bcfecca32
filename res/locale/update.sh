#!/usr/bin/env bash
# Re-extracts the interface strings from src/gui into reclama.pot and merges them into the
# catalogs (es.po, en.po), dropping strings the program no longer has. Run after adding or
# changing a _("...") string; then translate (check.sh, run by ctest, says what is missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash res/locale/extract.sh res/locale/reclama.pot
msgmerge --quiet --no-wrap --update --backup=none res/locale/es.po res/locale/reclama.pot
msgattrib --no-wrap --no-obsolete -o res/locale/es.po res/locale/es.po
# English is the source language: its catalog is the identity, made afresh from the template
# (merging would keep msgmerge's guesses for new strings).
msginit --no-translator --no-wrap --locale=en -i res/locale/reclama.pot -o res/locale/en.po
