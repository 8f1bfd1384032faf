#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine, and the nginx config
# it mounts:
#   - docker-compose v1 (Debian package docker-compose) `config -q`: schema,
#     interpolation, merge keys; with and without the ollama profile
#   - required secrets: config must fail when POSTGRES_PASSWORD/JWT_SECRET are unset
#   - deploy/compose-policy.py: compose-spec JSON schema (bundled with that
#     package) on the resolved config, plus the project's rules
#   - deploy/nginx-check.mjs: `nginx -t` with the test values and with the
#     values compose passes to the nginx service
# Prints `ok - ...` / `not ok - ...` lines; exits 1 if any check failed.
set -uo pipefail
cd "$(dirname "$0")/.."

fails=0
ok() { echo "ok - $*"; }
notok() { echo "not ok - $*"; fails=$((fails + 1)); }

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "skip - compose: docker-compose is not installed (apt-get install -y docker-compose; .ci/run installs it)"
  exit 0
fi

ENV_FILE=deploy/env.fragment
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# docker-compose v1 warns about its own deprecation on stderr; keep real errors.
dc() { env -u JWT_SECRET -u POSTGRES_PASSWORD docker-compose "$@" 2>"$tmp/err"; }

if dc --env-file "$ENV_FILE" -f docker-compose.yml config -q; then
  ok "compose: docker-compose config -q"
else
  notok "compose: docker-compose config -q"; sed 's/^/#   /' "$tmp/err"
fi
if dc --env-file "$ENV_FILE" -f docker-compose.yml --profile ollama config -q; then
  ok "compose: docker-compose --profile ollama config -q"
else
  notok "compose: docker-compose --profile ollama config -q"; sed 's/^/#   /' "$tmp/err"
fi

# A password with every character a URL reserves: compose passes it through as is.
hostile='p@ss:w/rd#?%20&x'
{ grep -v '^POSTGRES_PASSWORD=' "$ENV_FILE"; printf 'POSTGRES_PASSWORD=%s\n' "$hostile"; } >"$tmp/hostile.env"
if dc --env-file "$tmp/hostile.env" -f docker-compose.yml config >"$tmp/hostile.yml" &&
  python3 -c '
import sys, yaml
env = yaml.safe_load(open(sys.argv[1]))["services"]["api"]["environment"]
sys.exit(0 if env.get("POSTGRES_PASSWORD") == "p@ss:w/rd#?%20&x" and "DATABASE_URL" not in env else 1)' "$tmp/hostile.yml"; then
  ok "compose: a password with @ : / # ? % & reaches the api unchanged (the app URL-encodes it)"
else
  notok "compose: a password with @ : / # ? % & reaches the api unchanged"; sed 's/^/#   /' "$tmp/err"
fi

: >"$tmp/empty.env"
if dc --env-file "$tmp/empty.env" -f docker-compose.yml config -q; then
  notok "compose: refuses to start without POSTGRES_PASSWORD/JWT_SECRET"
elif grep -qE 'POSTGRES_PASSWORD|JWT_SECRET' "$tmp/err"; then
  ok "compose: refuses to start without POSTGRES_PASSWORD/JWT_SECRET"
else
  notok "compose: unexpected error without secrets"; sed 's/^/#   /' "$tmp/err"
fi

if dc --env-file "$ENV_FILE" -f docker-compose.yml --profile ollama config >"$tmp/resolved.yml"; then
  python3 deploy/compose-policy.py <"$tmp/resolved.yml" || fails=$((fails + 1))
  compose_vars=$(python3 -c '
import json, sys, yaml
env = yaml.safe_load(open(sys.argv[1]))["services"]["nginx"]["environment"]
print(json.dumps({k: v for k, v in env.items() if k.startswith("NGINX_")}))' "$tmp/resolved.yml")
  NGINX_COMPOSE_VARS="$compose_vars" node deploy/nginx-check.mjs || fails=$((fails + 1))
else
  notok "compose: resolve config for the policy checks"; sed 's/^/#   /' "$tmp/err"
fi

exit $((fails > 0))
