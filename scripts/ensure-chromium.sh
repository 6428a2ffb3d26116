#!/usr/bin/env bash
# The browser tests need a real Chromium. Use CHROMIUM_PATH or Debian's package;
# install the package when we can (root with apt-get), otherwise say how and stop.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$chromium_path" ]; then
  "$chromium_path" --version 2>/dev/null || echo "Using $chromium_path"
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, but there is no executable there." >&2
  exit 1
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  "$chromium_path" --version
  exit 0
fi

cat >&2 <<MESSAGE
Chromium is needed for the browser tests and is not installed.
Install Debian's package and run the tests again:

  sudo apt-get update && sudo apt-get install -y chromium

or point CHROMIUM_PATH at another Chromium build.
MESSAGE
exit 1
