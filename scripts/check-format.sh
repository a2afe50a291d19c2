#!/usr/bin/env bash
# Fails when any tracked C++ file differs from clang-format's output.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null 2>&1; then
  echo "clang-format not installed; skipping format check"
  exit 0
fi
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || true)
[ -n "$files" ] || exit 0
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files; then
  echo "format check failed: run 'make format'" >&2
  exit 1
fi
echo "format check: clean"
