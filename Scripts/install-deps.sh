#!/usr/bin/env bash
# Installs the Debian packages Sayso builds against, when they are missing:
# libxml2 (HTML parsing), zlib (gzip and WARC), SQLite (the corpus store),
# iso-codes (country names and codes for event actors), pkg-config, and
# python3 for the evaluation scripts; with --tests also headless Chromium, for
# the browser test of the web UI. Needs root and apt-get; elsewhere it only
# reports.
set -euo pipefail
packages="python3 pkg-config libxml2-dev zlib1g-dev libsqlite3-dev iso-codes"
if [ "${1:-}" = "--tests" ]; then packages="$packages chromium-headless-shell"; fi
missing=""
for pkg in $packages; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
  echo "missing Debian packages:$missing (install them with apt-get as root)" >&2
  exit 1
fi
