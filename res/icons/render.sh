#!/usr/bin/env bash
# Renders the PNG sizes of the app icon from reclama.svg (needs rsvg-convert, librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${s}x${s}/apps"
    rsvg-convert -w "$s" -h "$s" reclama.svg -o "hicolor/${s}x${s}/apps/reclama.png"
done
