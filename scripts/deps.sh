#!/usr/bin/env bash
# deps.sh: installs the Debian 12 packages govm needs to build and test,
# when they are missing. Sourced by demo.sh and test.sh; safe to run alone.
# Needs root (or sudo) only when something is missing.
set -euo pipefail

GOVM_PACKAGES=(g++ cmake make python3 libboost-context-dev libspdlog-dev nlohmann-json3-dev libgtest-dev)

govm_install_deps() {
  local missing=()
  for p in "${GOVM_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "govm: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then govm_install_deps "$@"; fi
