#!/usr/bin/env bash
# ctest fixture of the browser tests: makes sure node/npm and Debian's chromium are there
# (installing them with apt-get when running as root), then installs playwright-core into
# web/node_modules from the committed package-lock.json. Never fails for a missing node or
# chromium that cannot be installed: browser_test.mjs then skips (exit 77) on its own.
set -u
cd "$(dirname "$0")/.."
want=()
command -v node >/dev/null 2>&1 || want+=(nodejs npm)
[ -x /usr/bin/chromium ] || want+=(chromium)
if ((${#want[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${want[@]}" >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends "${want[@]}"; } ||
      echo "web/test/setup.sh: could not install ${want[*]}; the browser tests will skip"
  else
    echo "web/test/setup.sh: ${want[*]} missing and not root; the browser tests will skip"
  fi
fi
command -v npm >/dev/null 2>&1 || exit 0
if node -e "require.resolve('playwright-core')" >/dev/null 2>&1; then
  echo "web/test/setup.sh: playwright-core present"
  exit 0
fi
# Playwright's own browser download is neither wanted nor possible here: Debian's chromium is used.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund || npm install --no-audit --no-fund || {
  echo "web/test/setup.sh: npm could not install playwright-core" >&2
  exit 1
}
