#!/usr/bin/env bash
# Scale benchmark: synthetic projects of N articles × M locales (the
# deterministic generator, examples/generate.rs), `folio build` and
# `folio check` timed with their peak memory, 1 versus 2 threads, and a
# one-message rebuild against the full build. Prints Markdown tables.
#   scripts/bench-scale.sh [SIZES]          default SIZES="10 100 1000"
#   BENCH_PEERS=1 scripts/bench-scale.sh    also compare-locales on www-l10n
#                                           (scripts/bench-check.sh) and typst
#                                           (scripts/bench-pdf.sh), same run
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-10 100 1000}"
cargo build --release --quiet
cargo build --release --quiet --example generate
folio=target/release/folio
generate=target/release/examples/generate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command, prints "seconds peak-MB".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
    code=$?
    # check exits 1 when a required locale fails; generated locales are in progress.
    [ "$code" -le 1 ] || { cat "$work/err" >&2; exit "$code"; }
  }
  awk '{printf "%.2f %.0f\n", $1, $2 / 1024}' "$work/time"
}

echo "## Scale ($(nproc) cores, $(date -u +%Y-%m-%d))"
echo
echo "| articles × locales | outputs | build (2 threads) | build peak | check | check peak |"
echo "|---|---:|---:|---:|---:|---:|"
declare -A build_s check_s
for m in 6 12; do
  for n in $sizes; do
    dir="$work/p-$n-$m"
    "$generate" "$n" "$m" "$dir" >/dev/null
    read -r bs bm < <(measure "$folio" --root "$dir" --quiet build --force)
    read -r cs cm < <(measure "$folio" --root "$dir" --quiet check)
    build_s[$n,$m]=$bs
    check_s[$n,$m]=$cs
    echo "| $n × $m | $((n * m * 2)) | ${bs} s | ${bm} MB | ${cs} s | ${cm} MB |"
    [ "$n" = "$(echo $sizes | awk '{print $NF}')" ] || rm -rf "$dir/output"
  done
done

echo
echo "Scaling exponent k in time ∝ (articles × locales)^k, between the smallest and largest size:"
first=$(echo $sizes | awk '{print $1}')
last=$(echo $sizes | awk '{print $NF}')
for m in 6 12; do
  for what in build check; do
    if [ "$what" = build ]; then a=${build_s[$first,$m]}; b=${build_s[$last,$m]}; else a=${check_s[$first,$m]}; b=${check_s[$last,$m]}; fi
    awk -v a="$a" -v b="$b" -v n1="$first" -v n2="$last" -v m="$m" -v w="$what" \
      'BEGIN { printf "- %s, %d locales: k = %.2f (%.2f s → %.2f s)\n", w, m, log(b/a)/log(n2/n1), a, b }'
  done
done

# 1 versus 2 threads, and a one-message rebuild, at 100 articles × 6 locales.
n=100; m=6
dir="$work/threads"
"$generate" "$n" "$m" "$dir" >/dev/null
read -r one _ < <(RAYON_NUM_THREADS=1 measure "$folio" --root "$dir" --quiet build --force)
read -r two _ < <(RAYON_NUM_THREADS=2 measure "$folio" --root "$dir" --quiet build --force)
read -r cone _ < <(RAYON_NUM_THREADS=1 measure "$folio" --root "$dir" --quiet check)
read -r ctwo _ < <(RAYON_NUM_THREADS=2 measure "$folio" --root "$dir" --quiet check)
sed -i '0,/^\([a-z0-9-]*\) = /s//\1 = Revisado: /' "$dir/locales/es/article-0000.ftl"
read -r inc im < <(measure "$folio" --root "$dir" --quiet build)
echo
echo "At $n articles × $m locales:"
awk -v a="$one" -v b="$two" 'BEGIN { printf "- build: 1 thread %.2f s, 2 threads %.2f s: %.2f× faster\n", a, b, a/b }'
awk -v a="$cone" -v b="$ctwo" 'BEGIN { printf "- check: 1 thread %.2f s, 2 threads %.2f s: %.2f× faster\n", a, b, a/b }'
awk -v a="$two" -v b="$inc" -v mb="$im" 'BEGIN { printf "- one Spanish message changed: rebuild %.2f s (peak %d MB) against %.2f s for the full build: %.0f× faster\n", b, mb, a, a/b }'

if [ "${BENCH_PEERS:-0}" = 1 ]; then
  echo
  bash scripts/bench-check.sh
  echo
  bash scripts/bench-pdf.sh
fi
