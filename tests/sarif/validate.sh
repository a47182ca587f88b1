#!/usr/bin/env bash
# Checks that `folio check --format sarif` output is valid against the SARIF
# 2.1.0 schema. Needs node and npm (registry access) and a built folio.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund ajv@8 ajv-formats@3 @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null)
folio=${FOLIO:-target/release/folio}
# The fixture fails its policy on purpose (exit 1); anything else is an error.
set +e
"$folio" --root tests/fixtures/check/basic check --format sarif > "$work/fixture.sarif"; rc=$?
set -e
[ "$rc" = 1 ] || { echo "unexpected exit $rc from the fixture check" >&2; exit 1; }
"$folio" check --format sarif > "$work/bundled.sarif"
node tests/sarif/validate.mjs "$work/node_modules" "$work/fixture.sarif" "$work/bundled.sarif"
