#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (GUI tests under xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/build.sh
cd build
ctest --output-on-failure -j2 -LE slow "$@"
