#!/usr/bin/env bash
# Runs the demo: installs the workspace, builds what the demo needs,
# synthesizes the order stack, then reproduces a DynamoDB throttling
# outage on the local stack and names its root cause from the traces.
# Arguments go to the demo (for example --orders 100). Needs only Node 20.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

source scripts/ensure-pnpm.sh
pnpm install --frozen-lockfile >&2
pnpm exec turbo run build --filter=@org/demo... --output-logs=errors-only >&2
pnpm exec turbo run synth --filter=@org/infra --output-logs=errors-only >&2
exec node --no-warnings apps/demo/dist/cli.js "$@"
