#!/usr/bin/env bash
# Installs what the editor tests drive: code-server (the VS Code workbench with a real Node extension
# host) from the npm registry, and Debian's Chromium. Nothing is downloaded from anywhere else:
# code-server's own postinstall fetches ripgrep and prebuilt binaries, so its steps are done by hand.
#
#   bash scripts/code-server-setup.sh [install-dir]     (default ~/.cache/shiftguard-code-server)
#
# Idempotent: a finished install leaves a marker and the script returns at once. apt-get needs root.
set -euo pipefail

DIR="${1:-${SHIFTGUARD_CODE_SERVER_DIR:-$HOME/.cache/shiftguard-code-server}}"
# The last code-server whose engines.node accepts Node 20.
CS_VERSION="${CS_VERSION:-4.100.3}"
MARKER="$DIR/.installed-$CS_VERSION"

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  export DEBIAN_FRONTEND=noninteractive
  # The package lists may be empty on a fresh machine.
  apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
    apt-get update >/dev/null
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
  }
}

# Chromium drives the workbench; fonts make the screenshots readable.
apt_install chromium fonts-dejavu-core

if [ -f "$MARKER" ]; then
  echo "code-server $CS_VERSION already installed in $DIR"
  exit 0
fi

# kerberos needs gssapi headers; node-pty and argon2 build from source; ripgrep replaces the download.
apt_install libkrb5-dev ripgrep g++ make python3

mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || npm init -y >/dev/null

# 1) The package without its postinstall, which downloads ripgrep and refuses to run as root.
npm install --no-audit --no-fund --ignore-scripts "code-server@${CS_VERSION}"
# argon2 falls back to node-gyp when its prebuilt binary cannot be fetched.
npm_config_yes=true npm rebuild argon2

# 2) What the postinstall would have done.
cd node_modules/code-server/lib/vscode
npm install --omit=dev --no-audit --no-fund --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# node-pty's install step runs `npx node-gyp`, which asks for confirmation unless told yes.
npm_config_yes=true npm rebuild
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-audit --no-fund)

touch "$MARKER"
echo "code-server ${CS_VERSION} ready: $DIR/node_modules/.bin/code-server"
