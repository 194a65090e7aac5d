#!/usr/bin/env bash
# `npm test`: every check, those that need no build and no browser first, so that a content, rule or type error
# fails in seconds (issue 14).
#   1. the content check (a few seconds) and, beside it from the start, astro check (the type check, about 30 s);
#   2. the unit and schema suites (Vitest project "quick"), while astro check goes on;
#   3. the content suites that build only throw-away copies of the project (project "content"), while astro check
#      goes on;
#   4. once all of these have passed: the suites that read the built site (project "site"; it builds first).
# astro check never runs beside the site's build: it writes .astro/ in the repository, as that build does.
set -uo pipefail
cd "$(dirname "$0")/../.."

bash tests/support/system-deps.sh || exit 1

typecheck_log=$(mktemp)
# A session of its own (setsid), so that stopping it stops the processes npm starts for it, too.
setsid --wait npm run check >"$typecheck_log" 2>&1 &
typecheck=$!
stop_typecheck() {
  kill -- "-$typecheck" 2>/dev/null
  wait "$typecheck" 2>/dev/null
}
trap 'stop_typecheck; rm -f "$typecheck_log"' EXIT

npm run check:content || exit 1
vitest run --config tests/vitest.config.ts --project quick || exit 1
vitest run --config tests/vitest.config.ts --project content || exit 1
if ! wait "$typecheck"; then
  cat "$typecheck_log"
  echo "npm test: the type check (npm run check) failed." >&2
  exit 1
fi
echo 'npm run check (astro check):'
sed -n '/Result (/,$p' "$typecheck_log" | grep .
vitest run --config tests/vitest.config.ts --project site
