#!/usr/bin/env python3
"""Structural checks of .gitlab-ci.yml (no GitLab instance to lint against).
Prints `ok - ...` / `not ok - ...` (`skip - ...` without PyYAML); exits 1 on failure."""
import sys

try:
    import yaml
except ImportError:
    print("skip - .gitlab-ci.yml: PyYAML is not installed (apt-get install -y python3-yaml; .ci/run installs it)")
    sys.exit(0)

path = sys.argv[1] if len(sys.argv) > 1 else ".gitlab-ci.yml"
ci = yaml.safe_load(open(path))
failures = 0


def check(name, cond, detail=""):
    global failures
    print(f"{'ok' if cond else 'not ok'} - gitlab-ci: {name}" + ("" if cond or not detail else f" ({detail})"))
    failures += 0 if cond else 1


RESERVED = {"stages", "default", "variables", "workflow", "include", "image", "services", "cache", "before_script", "after_script"}
jobs = {k: v for k, v in ci.items() if k not in RESERVED and not k.startswith(".") and isinstance(v, dict)}


def resolved(job):
    """Job with `extends` merged in (deep, one level of hashes like GitLab)."""
    out = {}
    for parent in ([job["extends"]] if isinstance(job.get("extends"), str) else job.get("extends", [])):
        for k, v in resolved(ci[parent]).items():
            out[k] = {**out[k], **v} if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    for k, v in job.items():
        out[k] = {**out[k], **v} if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


jobs = {k: resolved(v) for k, v in jobs.items()}
stages = ci.get("stages", [])
check("stages lint, test, build, deploy", stages == ["lint", "test", "build", "deploy"], stages)
for name, job in jobs.items():
    check(f"job {name} has a known stage", job.get("stage") in stages, job.get("stage"))
    check(f"job {name} has a script", bool(job.get("script")))
check("default image node:24", str((ci.get("default") or {}).get("image", ci.get("image", ""))).startswith("node:24"))

npm_jobs = [n for n, j in jobs.items() if any("npm ci" in str(l) for l in j.get("before_script", []) + j.get("script", []))]
for n in npm_jobs:
    key = ((jobs[n].get("cache") or {}).get("key") or {})
    check(f"{n}: npm cache keyed on package-lock.json", isinstance(key, dict) and key.get("files") == ["package-lock.json"], key)

test_jobs = [j for j in jobs.values() if j.get("stage") == "test"]
check("a test job exists", bool(test_jobs))
for j in test_jobs:
    aliases = {s.get("alias") for s in j.get("services", []) if isinstance(s, dict)}
    check("test services postgres, redis, qdrant with aliases", {"postgres", "redis", "qdrant"} <= aliases, aliases)
    images = " ".join(str(s.get("name")) for s in j.get("services", []) if isinstance(s, dict))
    check("test services are postgres:17 and redis:7", "postgres:17" in images and "redis:7" in images, images)
    v = j.get("variables", {})
    check("DATABASE_URL points at the postgres service", "@postgres:5432/" in str(v.get("DATABASE_URL")))
    check("REDIS_URL points at the redis service", str(v.get("REDIS_URL")).startswith("redis://redis:"))
    check("QDRANT_URL points at the qdrant service", str(v.get("QDRANT_URL")).startswith("http://qdrant:6333"))

build = [j for j in jobs.values() if j.get("stage") == "build"]
check("build job pushes to $CI_REGISTRY_IMAGE", any("push" in str(j.get("script")) and "$CI_REGISTRY_IMAGE" in str(j.get("script")) for j in build))
deploy = [j for j in jobs.values() if j.get("stage") == "deploy"]
check("deploy job is manual", any(any(r.get("when") == "manual" for r in j.get("rules", [])) or j.get("when") == "manual" for j in deploy))
check("deploy job has an environment", any(j.get("environment") for j in deploy))
# `default: interruptible: true` would let a newer pipeline cancel a deploy half-way.
check("deploy job is not interruptible", bool(deploy) and all(j.get("interruptible") is False for j in deploy), [j.get("interruptible") for j in deploy])
check("deploy waits for health (up --wait)", any("--wait" in str(j.get("script")) for j in deploy))
import json, os, re
package = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "package.json")))
client = str(package["dependencies"].get("@qdrant/js-client-rest", "")).lstrip("^~=")
image = str((ci.get("variables") or {}).get("QDRANT_IMAGE", ""))
server = image.rsplit(":", 1)[-1].lstrip("v")
check("CI's Qdrant image minor = @qdrant/js-client-rest minor", client.split(".")[:2] == server.split(".")[:2], f"client {client}, {image}")
for j in test_jobs:
    check("test job runs $QDRANT_IMAGE", any(isinstance(s, dict) and s.get("name") == "$QDRANT_IMAGE" for s in j.get("services", [])))
check("deployment checks run in CI", any("deploy/test/run.sh" in str(j.get("script")) for j in jobs.values()))
sys.exit(1 if failures else 0)
