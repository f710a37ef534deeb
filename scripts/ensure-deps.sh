#!/usr/bin/env bash
# Installs the system packages a target needs when they are missing.
# Usage: scripts/ensure-deps.sh build|test|bench|data|fuzz
# Needs root (or passwordless sudo) to install; otherwise says what to run.
set -euo pipefail
need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
want() { have_pkg "$1" || need+=("$1"); }

case "${1:-build}" in
  build) want libncurses-dev; want libsqlite3-dev; want libxml2-dev; want zlib1g-dev; want pkg-config ;;
  test)  want libncurses-dev; want libsqlite3-dev; want libxml2-dev; want zlib1g-dev; want pkg-config; want python3; want sqlite3; want tmux; want pandoc; want python3-jsonschema; want iso-codes ;;
  bench) want libncurses-dev; want libsqlite3-dev; want libxml2-dev; want zlib1g-dev; want pkg-config; want sqlite3; want ripgrep; want time ;;
  fuzz)  want libncurses-dev; want libsqlite3-dev; want libxml2-dev; want zlib1g-dev; want pkg-config ;;  # libFuzzer ships with Swift
  data)  want iso-codes; want gettext; want hunspell-en-us; want hunspell-ru; want python3-pip ;;
  *) echo "ensure-deps: unknown profile '$1'" >&2; exit 2 ;;
esac

[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing missing system packages: ${need[*]}"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
  echo "error: missing system packages: ${need[*]}" >&2
  echo "       run: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
