#!/usr/bin/env bash
# Install what is missing, then serve the reader on the bundled seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo
echo "Sourced is starting: open http://127.0.0.1:5173/ in your browser (Ctrl+C stops it)."
echo
exec npx vite --host 127.0.0.1 --port 5173 --strictPort
