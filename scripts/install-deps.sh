#!/usr/bin/env bash
# Installs the Debian packages schemac needs to build and test, when any is missing.
# Safe to run repeatedly: it does nothing when everything is present.
set -euo pipefail

packages=(
  antlr4 libantlr4-runtime-dev libpqxx-dev libfmt-dev libboost-graph-dev
  googletest libgtest-dev libcli11-dev nlohmann-json3-dev libtomlplusplus-dev
  libssl-dev postgresql-15 postgresql-client-15 cmake ninja-build g++ make pkg-config
  clang-format default-jre-headless git
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
