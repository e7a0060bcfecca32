#!/usr/bin/env bash
# Re-extracts the interface strings from src/gui into reclama.pot and merges them into the
# catalogs (es.po, en.po). Run after adding or changing a _("...") string; then translate.
set -euo pipefail
cd "$(dirname "$0")/../.."
xgettext --from-code=UTF-8 --no-wrap -k_ -kwxPLURAL:1,2 -kwxTRANSLATE -kwxGETTEXT_IN_CONTEXT:1c,2 --language=C++ \
    --package-name=reclama -o res/locale/reclama.pot src/gui/*.cpp
for lang in es en; do
    msgmerge --quiet --no-wrap --update --backup=none "res/locale/$lang.po" res/locale/reclama.pot
done
# English is the source language: its catalog is the identity.
msgen --no-wrap -o res/locale/en.po res/locale/en.po
