#!/usr/bin/env bash
# Installs what OrderMatch needs on a fresh Debian machine (run as root): the CBC solver library and command line, and
# chromium with a Chinese font for the browser tests of the web UI (Playwright drives /usr/bin/chromium; it downloads
# no browser).
# Idempotent: packages already present are not touched.
set -euo pipefail

need=()
for pkg in coinor-libcbc3 coinor-cbc; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET SDK (dotnet) is required" >&2; exit 1; }
