#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages) and builds Reclama into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
