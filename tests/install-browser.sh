#!/bin/sh
# Install the browser that tests/test_browser.py opens the rendered pages in: Debian's
# chromium, driven by Playwright through its executable (Playwright downloads no browser).
# Idempotent: does nothing when a chromium is already there. Needs root and apt-get.
set -eu

if [ -n "${NEWSFACTS_CHROMIUM:-}" ] && [ -x "${NEWSFACTS_CHROMIUM}" ]; then
    echo "install-browser: using ${NEWSFACTS_CHROMIUM}"
    exit 0
fi
if [ -x /usr/bin/chromium ]; then
    echo "install-browser: /usr/bin/chromium is installed"
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-browser: chromium is missing and installing it needs root." >&2
    echo "  Run 'sudo sh tests/install-browser.sh', or point NEWSFACTS_CHROMIUM at a" >&2
    echo "  Chromium or Chrome executable you have." >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get here: install Chromium with this system's package" >&2
    echo "  manager and point NEWSFACTS_CHROMIUM at its executable." >&2
    exit 1
fi
echo "install-browser: installing chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
