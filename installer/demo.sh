#!/usr/bin/env bash
# Installs what is missing, builds, and starts Reclama on a demo case in a throw-away library.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/build.sh
library=$(mktemp -d "${TMPDIR:-/tmp}/reclama-demo.XXXXXX")
export RECLAMA_LIBRARY="$library"
./build/bin/reclama-cli import tests/data/samples/es-adsl-averia >/dev/null
./build/bin/reclama-cli import tests/data/samples/cl-telefonia-empresa >/dev/null
echo "Demo library: $library"
if [ -x build/bin/reclama ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec ./build/bin/reclama --open 1
else
    echo "(no display: showing the demo case with the command-line tool)"
    ./build/bin/reclama-cli show 1
fi
