#!/usr/bin/env bash
# PDF/UA-1: validates every PDF of the bundled site, the pseudo-locales
# included, with page-validation 0.11.0 (a prebuilt wheel, installed into
# a virtual environment with pikepdf and fontTools), reads the structure
# tree back (tests/pdf/structure.py) and compares the text pdftotext
# extracts with each locale's page (tests/pdf/text.py). See tests/pdf/ua.py
# for the one validator rule handled differently, and why.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
folio=${FOLIO:-$repo/target/release/folio}
venv=${UA_VENV:-$repo/target/ua-venv}
if ! "$venv/bin/python" -c "import page, pikepdf, fontTools" 2>/dev/null; then
  python3 -m venv "$venv" 2>/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv "$venv"
  }
  "$venv/bin/pip" install -q --only-binary=:all: page-validation==0.11.0 pikepdf fonttools
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r folio.toml content locales "$work/"
"$folio" --root "$work" --quiet build --pseudo
pdfs=("$work"/output/*/*.pdf)
[ "${#pdfs[@]}" -ge 8 ] || { echo "FAIL: expected 8 PDFs, found ${#pdfs[@]}"; exit 1; }
"$venv/bin/python" tests/pdf/ua.py "${pdfs[@]}"
locales=()
for d in "$work"/output/*/; do
  [ -f "$d/neuroblastoma-research.pdf" ] && locales+=("$(basename "$d")")
done
echo "== structure tree read back (pikepdf)"
"$venv/bin/python" tests/pdf/structure.py "$work/output" "${locales[@]}"
echo "== text extraction (pdftotext) against each locale's page"
if ! command -v pdftotext >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi
"$venv/bin/python" tests/pdf/text.py "$work/output" "${locales[@]}"
