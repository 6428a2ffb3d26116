#!/usr/bin/env bash
# The whole test suite from a fresh clone: install, typecheck + lint + format,
# unit and UI tests, the production build, then the browser tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium and the PWA build write temp and config files; keep them inside the project.
export TMPDIR="$PWD/.tmp/tmp" XDG_CONFIG_HOME="$PWD/.tmp/config"
mkdir -p "$TMPDIR" "$XDG_CONFIG_HOME"

step() { printf '\n== %s\n' "$1"; }

step 'Installing npm packages (npm ci)'
npm ci --no-audit --no-fund

step 'Making sure Chromium is installed'
bash scripts/ensure-chromium.sh

step 'Typecheck, lint, format check'
npm run check

step 'Unit and UI tests'
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/results-unit-ui.json

step 'Production build'
npm run build

step 'Browser tests in Chromium'
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/results-e2e.json

step 'Summary'
npx tsx scripts/testSummary.ts .tmp/results-unit-ui.json .tmp/results-e2e.json
