#!/usr/bin/env bash
# The browser tests drive Debian's chromium (playwright-core downloads no browser of its own).
# Installs it on a fresh machine when we may; otherwise says what the browser tests need.
set -u
path=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && exit 0
fi
echo "warning: no chromium at $path: the browser tests in test/browser will fail (apt-get install chromium, or set CHROMIUM_PATH)" >&2
exit 0
