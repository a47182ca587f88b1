#!/usr/bin/env bash
# Renders every page of every PDF under output/ to PNG, so a person can look
# at them: scripts/pdf-pages.sh [OUTPUT_DIR] [PNG_DIR] [DPI]
# Needs pdftoppm (Debian: apt-get install poppler-utils).
set -euo pipefail
out="${1:-output}"
png="${2:-target/pdf-pages}"
dpi="${3:-80}"
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 2; }
mkdir -p "$png"
found=0
for pdf in "$out"/*/*.pdf; do
  [ -e "$pdf" ] || continue
  locale=$(basename "$(dirname "$pdf")")
  slug=$(basename "$pdf" .pdf)
  pdftoppm -r "$dpi" -png "$pdf" "$png/$locale-$slug"
  found=$((found + 1))
done
[ "$found" -gt 0 ] || { echo "no PDFs under $out; run \`folio build\` first" >&2; exit 1; }
echo "$found PDF(s) rendered into $png:"
ls "$png"
