#!/usr/bin/env bash
# Installs the system tools the test suite drives as real clients: Neovim (a second, independent
# LSP client for the language server tests). Idempotent: does nothing when the tools are present,
# and refreshes the package lists only when an install from the current lists fails.
#
#   bash scripts/install-test-tools.sh
set -euo pipefail

if command -v nvim >/dev/null 2>&1; then
  echo "install-test-tools: nvim present ($(nvim --version | head -n 1))"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-test-tools: nvim is missing and installing it needs root (apt-get install neovim); the Neovim tests will be skipped" >&2
  # Outside CI a developer may go on without it; CI must have every test tool.
  [ "${CI:-}" = "true" ] && exit 1
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-tools: nvim is missing and there is no apt-get to install it with" >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Waits for another package manager run (a concurrent install) instead of failing at once.
lock=(-o DPkg::Lock::Timeout=600)
install() {
  "${as_root[@]}" apt-get "${lock[@]}" install -y -q --no-install-recommends neovim </dev/null
}
if ! install; then
  echo "install-test-tools: refreshing the package lists and retrying"
  "${as_root[@]}" apt-get "${lock[@]}" update -q </dev/null
  install
fi
echo "install-test-tools: installed $(nvim --version | head -n 1)"
