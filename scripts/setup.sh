#!/usr/bin/env bash
# Installs what OrderMatch needs on a fresh Debian machine (run as root): the CBC solver library and command line.
# Idempotent: packages already present are not touched.
set -euo pipefail

need=()
for pkg in coinor-libcbc3 coinor-cbc; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET SDK (dotnet) is required" >&2; exit 1; }
