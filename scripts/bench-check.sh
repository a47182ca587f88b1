#!/usr/bin/env bash
# Side by side on ../shared/corpus/www-l10n (all locales, both configs):
# Mozilla's compare-locales 9.0.5 and `folio check --l10n-toml`. Prints wall
# time, CPU time and peak memory of each, the speed ratio, and whether the
# per-locale `missing` and `obsolete` figures agree (scripts/parity.py).
# Needs python3 with pip (installs compare-locales into a virtualenv in a
# temporary folder) and takes a few minutes, mostly compare-locales'.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
corpus=${CORPUS:-$repo/../shared/corpus/www-l10n}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet compare-locales==9.0.5

measure() { # label, output file, command...
  local label=$1 out=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "$@" > "$out" 2> "$work/$label.err" || true
  read -r wall user sys rss < <(tail -n 1 "$work/$label.time")
  printf '%-16s wall %7.2f s  cpu %7.2f s  peak %6.1f MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc -l)"
  echo "$wall" > "$work/$label.wall"
}

cd "$corpus"
echo "corpus: $corpus ($(find . -name '*.ftl' | wc -l) .ftl files)"
measure folio "$work/folio.json" "$repo/target/release/folio" check --l10n-toml l10n-pontoon.toml --l10n-toml l10n-vendor.toml --format json
measure folio-1-thread /dev/null env RAYON_NUM_THREADS=1 "$repo/target/release/folio" check --l10n-toml l10n-pontoon.toml --l10n-toml l10n-vendor.toml --format json
measure compare-locales "$work/cl.stdout" "$work/venv/bin/compare-locales" --json "$work/cl.json" l10n-pontoon.toml l10n-vendor.toml .
echo "speed-up: $(echo "$(cat "$work/compare-locales.wall") / $(cat "$work/folio.wall")" | bc -l | cut -c1-6)x (compare-locales wall / folio wall)"
python3 "$repo/scripts/parity.py" "$work/folio.json" "$work/cl.json" | tail -3
python3 - "$work/folio.json" <<'PY'
import collections, json, sys
doc = json.load(open(sys.argv[1]))
beyond = ["variable-added", "variable-dropped", "markup-mismatch", "markup-broken", "unsafe-markup", "empty-value", "number-mismatch", "url-mismatch", "plural-category-missing", "identical"]
counts = collections.Counter(f["code"] for f in doc["findings"])
print("folio findings by code (beyond compare-locales' checks):")
for code in beyond:
    print(f"  {code:28} {counts.get(code, 0)}")
PY
