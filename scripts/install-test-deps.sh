#!/usr/bin/env bash
# Installs the Debian packages the integration tests need, only when missing:
#   dovecot-imapd  a real IMAP server (test/harness/dovecot.ts runs its own instance)
#   chromium       a browser for the dashboard tests
#   fonts-noto-cjk Japanese glyphs, so the dashboard screenshots of Japanese pages are readable
# Idempotent, noninteractive; run as root (or with sudo) on Debian 12.
set -euo pipefail

PACKAGES=(dovecot-imapd chromium fonts-noto-cjk)

missing=()
for p in "${PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" != "installed" ]; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-test-deps: all present (${PACKAGES[*]})"
else
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      exec sudo -E bash "$0" "$@"
    fi
    echo "install-test-deps: missing ${missing[*]}; run this script as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Keep the package from starting the system-wide Dovecot on 143/993 during install:
  # our tests run their own instance on a free port, and containers have no init anyway.
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    created_policy=1
  fi
  trap 'if [ "$created_policy" -eq 1 ]; then rm -f "$policy"; fi' EXIT
  echo "install-test-deps: installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# If a system Dovecot service exists and runs, stop and disable it: it is not used by the
# tests, and it would hold ports 143/993 and confuse anyone debugging a test run.
if [ "$(id -u)" -eq 0 ]; then
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    if systemctl is-enabled --quiet dovecot 2>/dev/null || systemctl is-active --quiet dovecot 2>/dev/null; then
      systemctl disable --now dovecot >/dev/null 2>&1 || true
      echo "install-test-deps: stopped and disabled the system dovecot service"
    fi
  elif [ -x /etc/init.d/dovecot ] && [ -f /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
    /etc/init.d/dovecot stop >/dev/null 2>&1 || true
    echo "install-test-deps: stopped the system dovecot service"
  fi
fi

/usr/sbin/dovecot --version >/dev/null
echo "install-test-deps: dovecot $(/usr/sbin/dovecot --version | cut -d' ' -f1), $(command -v chromium || echo 'chromium missing')"
