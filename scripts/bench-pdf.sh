#!/usr/bin/env bash
# PDF speed and size, folio beside typst, in one run on this machine:
#   scripts/bench-pdf.sh [ITERATIONS]
# 1. builds folio (release) and the bundled site (the HTML feeds the typst sources);
# 2. `cargo bench --bench pdf`: each locale's PDF rendered in-process, fonts
#    parsed once, median of ITERATIONS runs;
# 3. the same translated article through typst's Python binding
#    (pip install typst, into target/typst-venv), same fonts.
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-20}"
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r folio.toml content locales "$work/"
./target/release/folio --root "$work" --quiet build
echo "## folio $(./target/release/folio --version | cut -d' ' -f2) (printpdf), $(nproc) cores"
FOLIO_BENCH_ITERATIONS="$iterations" cargo bench --quiet --bench pdf -- "$work"
if [ ! -x target/typst-venv/bin/python ]; then
  python3 -m venv target/typst-venv
  target/typst-venv/bin/pip install --quiet "typst==0.15.2"
fi
echo
echo "## typst"
target/typst-venv/bin/python scripts/typst-article.py "$work/output" "$work/typst" "$iterations"
