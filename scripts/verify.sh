#!/usr/bin/env bash
# Installs everything the workspace needs and runs every check: lint,
# type-check, build and all tests. Needs only Node 20 and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

source scripts/ensure-pnpm.sh
source scripts/ensure-chromium.sh
pnpm install --frozen-lockfile
pnpm exec turbo run lint typecheck build test --concurrency=2 --continue --output-logs=full
