#!/usr/bin/env bash
# Installs the Debian 12 packages Reclama needs to build, test and run. Idempotent: does nothing
# when everything is already present. Run as root (or with sudo available).
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    libwxgtk3.2-dev
    libsqlite3-dev
    libpodofo-dev
    libqpdf-dev qpdf
    libboost-dev libboost-date-time-dev
    libgtest-dev googletest
    libicu-dev
    libcli11-dev
    nlohmann-json3-dev
    libgmime-3.0-dev
    libzip-dev
    libssl-dev
    libmagic-dev
    libkainjow-mustache-dev
    libfreetype-dev libfontconfig-dev
    fonts-dejavu-core
    poppler-utils
    xvfb xauth imagemagick x11-utils
    librsvg2-bin
    gettext
    dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
