#!/usr/bin/env node
// `nginx -t` on the project's nginx config, rendered (1) with the test values
// and (2) with the values docker-compose.yml gives the nginx service (JSON
// object in $NGINX_COMPOSE_VARS, see validate-compose.sh). Prints ok/not ok lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNginx, renderNginx, testVars } from './test/lib/nginx-render.mjs';

const nginx = findNginx();
let failures = 0;
const report = (name, ok, detail = '') => {
  if (!ok) failures++;
  console.log(`${ok ? 'ok' : 'not ok'} - nginx: ${name}${!ok && detail ? `\n${detail.replace(/^/gm, '#   ')}` : ''}`);
};
if (!nginx) {
  console.log('skip - nginx: no nginx binary, `nginx -t` not run (apt-get install -y nginx-light; .ci/run installs it)');
  process.exit(0);
}
const version = (spawnSync(nginx, ['-v'], { encoding: 'utf8' }).stderr.match(/nginx\/(\d+)\.(\d+)\.(\d+)/) ?? []).slice(1).map(Number);
// `server ... resolve` in an upstream needs nginx >= 1.27.3 (open source).
const hasResolve = version[0] > 1 || version[1] > 27 || (version[1] === 27 && version[2] >= 3);

function nginxT(name, vars) {
  const dir = mkdtempSync(join(tmpdir(), 'mm-nginx-t-'));
  try {
    const r = renderNginx({ dir, listenPort: 18080, vars });
    const t = spawnSync(nginx, ['-t', '-q', '-p', dir, '-c', r.conf, '-e', r.errorLog], { encoding: 'utf8' });
    report(`nginx -t (${name}, nginx ${version.join('.')})`, t.status === 0, t.stderr);
  } catch (e) {
    report(`render (${name})`, false, e.message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

nginxT('test values', testVars([18081, 18082]));
if (process.env.NGINX_COMPOSE_VARS) {
  const vars = JSON.parse(process.env.NGINX_COMPOSE_VARS);
  // Compose's upstream names the `api` service; nothing resolves it here.
  vars.NGINX_UPSTREAM_SERVERS = String(vars.NGINX_UPSTREAM_SERVERS)
    .replace(/\bapi:/g, '127.0.0.1:')
    .replace(/\s+resolve\b/g, hasResolve ? ' resolve' : '');
  nginxT('docker-compose.yml values', vars);
}
process.exit(failures ? 1 : 0);
