# Sourced by the set-up scripts: installs Chromium from the Debian archive
# when it is missing, because the analyzer's browser test opens its HTML
# report in it. Without root or apt-get it says how to install it instead;
# the browser test then fails and names the missing browser.
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "Installing chromium with apt-get" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends chromium >&2
  else
    echo "Chromium is missing: run 'apt-get install chromium' as root (the analyzer's browser test needs /usr/bin/chromium)." >&2
  fi
fi
