#!/usr/bin/env bash
# Set-up on a fresh Debian machine: Debian's chromium and firefox-esr when missing (root or sudo), then `npm ci`.
# Used by the README's first command and by .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n[setup] %s\n' "$*"; }
fail() { printf '[setup] %s\n' "$*"; exit 1; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]} with apt-get"
  if [ "$(id -u)" -eq 0 ]; then sudo=()
  elif command -v sudo >/dev/null 2>&1; then sudo=(sudo)
  else fail "need root or sudo to install: ${missing[*]}"
  fi
  "${sudo[@]}" apt-get update || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}" \
    || fail "apt-get install ${missing[*]} failed"
fi

command -v node >/dev/null 2>&1 || fail "node is not installed (Node 20 or newer is needed)"
log "node $(node --version), npm $(npm --version)"

log "npm ci"
start=$SECONDS
npm ci --no-audit --no-fund || fail "npm ci failed"
log "npm ci took $((SECONDS - start)) s"
