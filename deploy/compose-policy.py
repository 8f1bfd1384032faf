#!/usr/bin/env python3
"""Project rules for docker-compose.yml that a schema cannot express.

Reads the output of `docker-compose config` (interpolated, merged YAML) on
stdin and validates it against the compose-spec JSON schema bundled with
Debian's docker-compose package (or $COMPOSE_SCHEMA), then checks our rules.
Prints `ok - ...` / `not ok - ...` lines; exits 1 on any failure.
"""
import json
import os
import sys

import yaml

SCHEMA_CANDIDATES = [
    os.environ.get("COMPOSE_SCHEMA", ""),
    "/usr/lib/python3/dist-packages/compose/config/compose_spec.json",
]

cfg = yaml.safe_load(sys.stdin)
services = cfg.get("services", {})
failures = 0


def check(name, cond, detail=""):
    global failures
    if cond:
        print(f"ok - compose: {name}")
    else:
        failures += 1
        print(f"not ok - compose: {name}" + (f" ({detail})" if detail else ""))


# ---- compose-spec schema ---------------------------------------------------
schema_path = next((p for p in SCHEMA_CANDIDATES if p and os.path.exists(p)), None)
if schema_path:
    import jsonschema

    schema = json.load(open(schema_path))
    validator_cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    errors = sorted(validator_cls(schema).iter_errors(cfg), key=lambda e: list(e.path))
    check(
        f"matches the compose-spec schema ({schema_path})",
        not errors,
        "; ".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]),
    )
else:
    print("# compose: no compose-spec schema found, schema check skipped")

# ---- services present --------------------------------------------------------
for s in ["postgres", "redis", "qdrant", "migrate", "api", "nginx", "ollama", "ollama-pull"]:
    check(f"service {s} defined", s in services)


def image_of(s):
    return services.get(s, {}).get("image", "")


check("PostgreSQL 17", image_of("postgres").startswith("postgres:17"), image_of("postgres"))
check("Redis 7", image_of("redis").startswith("redis:7"), image_of("redis"))

# ---- images pinned -------------------------------------------------------------
for name, svc in services.items():
    img = svc.get("image", "")
    tag = img.rsplit(":", 1)[1] if ":" in img.split("/")[-1] else ""
    check(f"{name}: image pinned to a version", tag and tag != "latest" or "@sha256:" in img, img or "no image")

# ---- healthchecks and one-shot jobs ---------------------------------------------
one_shot = {n for n, s in services.items() if str(s.get("restart", "")) == "no"}
check("migrate and ollama-pull are one-shot (restart: no)", {"migrate", "ollama-pull"} <= one_shot, sorted(one_shot))
for name, svc in services.items():
    if name in one_shot:
        continue
    hc = svc.get("healthcheck") or {}
    check(f"{name}: healthcheck", hc.get("test") and not hc.get("disable"), hc)

# ---- depends_on: always with a condition, only on healthy / completed services ----
for name, svc in services.items():
    deps = svc.get("depends_on") or {}
    for dep, spec in (deps.items() if isinstance(deps, dict) else [(d, None) for d in deps]):
        cond = (spec or {}).get("condition")
        want = "service_completed_successfully" if dep in one_shot else "service_healthy"
        check(f"{name} depends on {dep} with {want}", cond == want, cond)

api = services.get("api", {})
api_deps = api.get("depends_on") or {}
check("api waits for the migration job", (api_deps.get("migrate") or {}).get("condition") == "service_completed_successfully")
for d in ["postgres", "redis", "qdrant"]:
    check(f"api waits for {d}", d in api_deps)
check("nginx waits for a healthy api", ((services.get("nginx", {}).get("depends_on") or {}).get("api") or {}).get("condition") == "service_healthy")
check("migrate waits for postgres", "postgres" in (services.get("migrate", {}).get("depends_on") or {}))

# ---- api ---------------------------------------------------------------------------
replicas = (api.get("deploy") or {}).get("replicas", 1)
check("api runs 2+ replicas (deploy.replicas)", int(replicas) >= 2, replicas)
check("api publishes no host port (replicas sit behind nginx)", not api.get("ports"))
check("api has no container_name (would block replicas)", "container_name" not in api)
env = api.get("environment") or {}
for k in ["POSTGRES_HOST", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB", "REDIS_URL", "QDRANT_URL", "QDRANT_TIMEOUT_MS", "JWT_SECRET", "NODE_ENV", "SHUTDOWN_TIMEOUT_MS", "OLLAMA_KEEP_ALIVE"]:
    check(f"api env {k}", env.get(k) not in (None, ""), env.get(k))
# A password pasted into a URL breaks on @ : / # ? %: the app builds DATABASE_URL from the parts, encoded.
password = str(env.get("POSTGRES_PASSWORD", ""))
check(
    "api gets the PostgreSQL password as a part, not inside a URL",
    "DATABASE_URL" not in env and not any(password and password in str(v) and k != "POSTGRES_PASSWORD" for k, v in env.items()),
    sorted(k for k, v in env.items() if password and password in str(v)),
)
check("api env POSTGRES_PASSWORD is the one postgres gets", password == str(((services.get("postgres") or {}).get("environment") or {}).get("POSTGRES_PASSWORD")))
check("api does not run migrations itself", str(env.get("MIGRATIONS_RUN")).lower() == "false")
check("migrate runs npm run migration:run:prod", services.get("migrate", {}).get("command") == ["npm", "run", "migration:run:prod"])
check("migrate uses the api image", image_of("migrate") == image_of("api"))


def seconds(v):
    v = str(v)
    units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}
    for u in ["ms", "h", "m", "s"]:
        if v.endswith(u):
            return float(v[: -len(u)]) * units[u]
    return float(v)


grace = seconds(api.get("stop_grace_period", "10s"))
shutdown = float(env.get("SHUTDOWN_TIMEOUT_MS", 0)) / 1000
check("api stop_grace_period > SHUTDOWN_TIMEOUT_MS", grace > shutdown, f"{grace}s vs {shutdown}s")

# ---- ports: nginx is the single entry ----------------------------------------------
published = {n: s.get("ports") for n, s in services.items() if s.get("ports")}
check("only nginx publishes ports", set(published) == {"nginx"}, published)
nginx_ports = services.get("nginx", {}).get("ports") or []
check(
    "nginx publishes 8080",
    any(str(p.get("target") if isinstance(p, dict) else p).split(":")[-1].split("/")[0] == "8080" for p in nginx_ports),
    nginx_ports,
)
nginx_vols = [v.get("target") if isinstance(v, dict) else str(v).split(":")[1] for v in services.get("nginx", {}).get("volumes") or []]
check("nginx mounts the templates", "/etc/nginx/templates" in nginx_vols, nginx_vols)

# ---- volumes, profiles -------------------------------------------------------------
qvols = [v.get("target") if isinstance(v, dict) else str(v).split(":")[1] for v in services.get("qdrant", {}).get("volumes") or []]
check("qdrant keeps its storage on a volume", "/qdrant/storage" in qvols, qvols)
check("ollama only in the ollama profile", services.get("ollama", {}).get("profiles") == ["ollama"])
pull = services.get("ollama-pull", {})
check("ollama-pull runs in every profile (the api depends on it)", not pull.get("profiles"))
check("ollama-pull pulls the model", "/api/pull" in " ".join(map(str, (pull.get("entrypoint") or []) + (pull.get("command") or []))))
check("api waits for the model pull", (api_deps.get("ollama-pull") or {}).get("condition") == "service_completed_successfully")
check(
    "ollama keeps the model loaded (OLLAMA_KEEP_ALIVE)",
    str(((services.get("ollama", {}).get("environment")) or {}).get("OLLAMA_KEEP_ALIVE", "")) not in ("", "None"),
)

# ---- `docker compose up --wait`: a one-shot that nothing depends on makes it exit 1 -----------
dependencies = {dep: (spec or {}).get("condition") for svc in services.values() for dep, spec in ((svc.get("depends_on") or {}).items() if isinstance(svc.get("depends_on"), dict) else [])}
for name in sorted(one_shot):
    check(f"{name}: a dependency with service_completed_successfully (up --wait)", dependencies.get(name) == "service_completed_successfully", dependencies.get(name))

# ---- logs: every service rotates its json-file log --------------------------------------
for name, svc in services.items():
    log = svc.get("logging") or {}
    opts = log.get("options") or {}
    check(f"{name}: json-file log with max-size and max-file", log.get("driver") == "json-file" and opts.get("max-size") and opts.get("max-file"), log)

# ---- the Qdrant client's minor version is the server's (compatibility check on) ----------
package = json.load(open(os.path.join(os.path.dirname(__file__), "..", "package.json")))
client = str(package["dependencies"].get("@qdrant/js-client-rest", "")).lstrip("^~=")
server = image_of("qdrant").rsplit(":", 1)[-1].lstrip("v")
check("qdrant image minor = @qdrant/js-client-rest minor", client.split(".")[:2] == server.split(".")[:2], f"client {client}, server {server}")
check("@qdrant/js-client-rest pinned exactly", client == str(package["dependencies"].get("@qdrant/js-client-rest")), client)

sys.exit(1 if failures else 0)
