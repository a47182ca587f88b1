#!/usr/bin/env bash
# The PDFs through an independent reader: poppler (Debian's poppler-utils,
# installed if missing) must open every locale's PDF without a syntax error,
# find every font embedded, subset and mapped to Unicode, report no PDF/X
# claim, and extract each locale's title; pages are rendered to PNG in a
# temporary folder (or $PDF_PAGES) for a person to look at.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
folio=${FOLIO:-$repo/target/release/folio}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! command -v pdftoppm >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi
cp -r folio.toml content locales "$work/"
"$folio" --root "$work" --quiet build
failed=0
fail() { echo "FAIL: $*"; failed=1; }
for locale in en es zh-CN vi ko ar; do
  pdf="$work/output/$locale/neuroblastoma-research.pdf"
  info=$(pdfinfo "$pdf" 2>&1) || fail "$locale: pdfinfo: $info"
  grep -qi "error" <<<"$info" && fail "$locale: $info"
  grep -q "PDF subtype" <<<"$info" && fail "$locale: claims a PDF subtype (PDF/X?)"
  pages=$(awk '/^Pages:/ {print $2}' <<<"$info")
  fonts=$(pdffonts "$pdf" 2>&1 | tail -n +3)
  [ -n "$fonts" ] || fail "$locale: no fonts"
  while read -r line; do
    # name type... encoding emb sub uni object-id gen: the three flags before the id.
    flags=$(awk '{print $(NF-4), $(NF-3), $(NF-2)}' <<<"$line")
    [ "$flags" = "yes yes yes" ] || fail "$locale: font not embedded+subset+unicode: $line"
  done <<<"$fonts"
  title=$(awk -F': +' '/^Title:/ {print $2}' <<<"$info")
  text=$(pdftotext -layout "$pdf" - 2>&1)
  first_word=$(cut -d' ' -f1 <<<"$title")
  if [ "$locale" != ar ] && ! grep -qF -- "$first_word" <<<"$text"; then
    fail "$locale: title word '$first_word' not in the extracted text"
  fi
  out="${PDF_PAGES:-$work/pages}"
  mkdir -p "$out"
  pdftoppm -r 40 -png "$pdf" "$out/$locale"
  echo "ok $locale: $pages pages, $(wc -l <<<"$fonts") fonts embedded and subset, text extracts"
done
exit $failed
