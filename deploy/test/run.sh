#!/usr/bin/env bash
# All deployment checks, no Docker engine needed:
#   1. docker-compose.yml (docker-compose v1 config, compose-spec schema,
#      project rules) and `nginx -t` on the rendered nginx config
#   2. Dockerfile rules, .gitlab-ci.yml structure
#   3. nginx end-to-end test: nginx in front of two backend replicas
# Needs: node 24, python3 with PyYAML, and from apt: nginx-light (or nginx),
# docker-compose. A check whose tool is missing is skipped with the reason
# printed (`skip - ...`); .ci/run installs them all, so CI runs everything.
# Closes with `deploy: N passed, N failed, N skipped`; exits 1 if anything failed.
# BACKEND_CMD etc. are passed to the e2e test (see nginx.e2e.test.mjs).
set -uo pipefail
cd "$(dirname "$0")/../.."

passed=0
failed=0
skipped=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs a script that prints `ok - ` / `not ok - ` / `skip - ` lines (a skip
# names the missing tool); a non-zero exit without any `not ok` line counts as
# one failure.
tap_lines() {
  local name=$1
  shift
  echo "== $name"
  "$@" 2>&1 | tee "$tmp/out"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(grep -c '^ok - ' "$tmp/out")
  f=$(grep -c '^not ok - ' "$tmp/out")
  skipped=$((skipped + $(grep -c '^skip - ' "$tmp/out")))
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "not ok - $name exited with $rc"
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}


tap_lines "docker-compose.yml + nginx -t" deploy/validate-compose.sh
tap_lines "Dockerfile" node deploy/lint-dockerfile.mjs
tap_lines ".gitlab-ci.yml" python3 deploy/ci-policy.py .gitlab-ci.yml

echo "== nginx e2e (node --test)"
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tmp/e2e.tap" \
  deploy/test/nginx.e2e.test.mjs
rc=$?
num() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$tmp/e2e.tap" | tail -1; }
p=$(num pass)
f=$(num fail)
s=$(num skipped)
c=$(num cancelled)
f=$(( ${f:-0} + ${c:-0} ))
if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
passed=$((passed + ${p:-0}))
failed=$((failed + f))
skipped=$((skipped + ${s:-0}))

echo
echo "deploy: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
