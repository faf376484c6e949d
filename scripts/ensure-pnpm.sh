# Sourced by the set-up scripts: installs the pnpm version the workspace
# pins when it is missing, since corepack cannot fetch it offline.
pinned=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pinned" ]; then
  echo "Installing pnpm $pinned with npm" >&2
  npm install --global "pnpm@$pinned" --no-fund --no-audit >&2
fi
