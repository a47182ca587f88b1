#!/usr/bin/env bash
# Browser tests of the built site: every page opened headless in Debian's
# Chromium from a loopback server; axe-core finds no serious or critical
# accessibility violation; the Arabic page is right to left and its
# language switcher works; screenshots go to a temporary folder; the Nu
# HTML Checker (vnu-jar) reports no error on any page.
# Installs what it needs: Debian's chromium (apt), and with npm
# playwright-core, axe-core and vnu-jar (Java runs vnu).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
folio=${FOLIO:-$repo/target/release/folio}
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

if ! command -v chromium >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if ! command -v java >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund playwright-core@1 axe-core@4 vnu-jar >/dev/null)

# Build the bundled site into a copy, so the repository's output/ is untouched.
mkdir -p "$work/site"
cp -r folio.toml content locales "$work/site/"
"$folio" --root "$work/site" build >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 "$port" --directory "$work/site/output" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/index.html')" 2>/dev/null && break
  sleep 0.1
done

shots=${SCREENSHOTS:-$(mktemp -d)}
status=0
NODE_PATH="$work/node_modules" node tests/browser/check.mjs "http://127.0.0.1:$port" "$work/site/output" "$shots" "$work/node_modules" || status=1
echo "screenshots: $shots"

echo "== Nu HTML Checker"
if java -jar "$work/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html "$work/site/output"; then
  echo "vnu: no errors"
else
  echo "vnu: errors above"
  status=1
fi
exit $status
