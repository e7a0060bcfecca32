#!/usr/bin/env bash
# Extracts the interface strings of src/gui into the template given (default reclama.pot): the
# one list of gettext keywords, used by update.sh and check.sh alike.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-res/locale/reclama.pot}"
xgettext --from-code=UTF-8 --no-wrap -k_ -kwxPLURAL:1,2 -kwxTRANSLATE \
    -kwxGETTEXT_IN_CONTEXT:1c,2 --language=C++ --package-name=reclama -o "$out" src/gui/*.cpp
