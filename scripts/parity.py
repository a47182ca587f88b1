#!/usr/bin/env python3
"""Compares folio's per-locale `missing` and `obsolete` with compare-locales'.

Usage: parity.py FOLIO.json COMPARE_LOCALES.json
  FOLIO.json: `folio check --l10n-toml ... --format json`
  COMPARE_LOCALES.json: `compare-locales --json FILE ...` (a list, one object per config)
Prints one line per locale that differs and a closing `N passed, N failed` line.
Exit status 1 if any locale differs or is missing on one side.
"""
import json
import sys


def main():
    folio = json.load(open(sys.argv[1]))["summary"]
    cl = {}
    for config in json.load(open(sys.argv[2])):
        for locale, s in config["summary"].items():
            c = cl.setdefault(locale, {"missing": 0, "obsolete": 0, "report": 0})
            for k in c:
                c[k] += s.get(k, 0)
    folio.pop("reference", None)
    ok = bad = 0
    for locale in sorted(set(folio) | set(cl)):
        f, c = folio.get(locale), cl.get(locale)
        if f is None or c is None:
            bad += 1
            print(f"{locale}: only in {'compare-locales' if f is None else 'folio'}")
            continue
        diffs = [k for k in ("missing", "obsolete", "report") if f[k] != c[k]]
        if diffs:
            bad += 1
            print(f"{locale}: " + ", ".join(f"{k} folio {f[k]} vs compare-locales {c[k]}" for k in diffs))
        else:
            ok += 1
    total_f = sum(v["missing"] for v in folio.values())
    total_c = sum(v["missing"] for v in cl.values())
    print(f"total missing: folio {total_f}, compare-locales {total_c}")
    print(f"{ok} passed, {bad} failed")
    sys.exit(1 if bad else 0)


main()
