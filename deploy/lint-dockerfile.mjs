#!/usr/bin/env node
// Project rules for the Dockerfile (hadolint is not in Debian or npm; these are
// the checks we rely on). Prints `ok - ...` / `not ok - ...`; exits 1 on failure.
//   node deploy/lint-dockerfile.mjs [Dockerfile] [.dockerignore]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(root, 'Dockerfile');
const ignoreFile = process.argv[3] ?? join(root, '.dockerignore');
let failures = 0;
const check = (name, cond, detail = '') => {
  if (cond) console.log(`ok - dockerfile: ${name}`);
  else {
    failures++;
    console.log(`not ok - dockerfile: ${name}${detail ? ` (${detail})` : ''}`);
  }
};

// Parse: join continuation lines, drop comments and the parser directives.
const text = readFileSync(file, 'utf8');
const instructions = [];
let buf = '';
for (const raw of text.split('\n')) {
  const line = raw.trimEnd();
  if (!buf && /^\s*#/.test(line)) continue;
  if (line.endsWith('\\')) {
    buf += line.slice(0, -1) + ' ';
    continue;
  }
  buf += line;
  if (buf.trim()) {
    const m = buf.trim().match(/^(\w+)\s*(.*)$/s);
    instructions.push({ op: m[1].toUpperCase(), args: m[2].trim() });
  }
  buf = '';
}

// ARG defaults before the first FROM are usable in FROM lines.
const globalArgs = {};
for (const ins of instructions) {
  if (ins.op === 'FROM') break;
  if (ins.op === 'ARG') {
    const [k, v] = ins.args.split('=');
    if (v !== undefined) globalArgs[k.trim()] = v.trim();
  }
}
const expand = (s) => s.replace(/\$\{?(\w+)\}?/g, (m, k) => globalArgs[k] ?? m);

// Stages.
const stages = [];
for (const ins of instructions) {
  if (ins.op === 'FROM') {
    const parts = ins.args.split(/\s+/).filter((p) => !p.startsWith('--'));
    stages.push({ image: expand(parts[0]), name: parts[2]?.toLowerCase(), ins: [] });
  } else if (stages.length) stages.at(-1).ins.push(ins);
}
const stageNames = new Set(stages.map((s) => s.name).filter(Boolean));
const final = stages.at(-1);

check('multi-stage build', stages.length >= 2, `${stages.length} stage(s)`);
for (const s of [...new Map(stages.map((x) => [x.image, x])).values()]) {
  if (stageNames.has(s.image.toLowerCase())) continue;
  const [, tag = ''] = s.image.split('@')[0].split(/:(?=[^/]*$)/);
  check(`base image ${s.image} pinned (tag with a version, not latest)`, s.image.includes('@sha256:') || (/\d/.test(tag) && !/latest/.test(tag)));
  check(`base image ${s.image} is Node 24`, /^node:24[.-]/.test(s.image) || !/^node:/.test(s.image));
}

const all = instructions;
const runs = all.filter((i) => i.op === 'RUN').map((i) => i.args);
check('dependencies installed with npm ci', runs.some((r) => /\bnpm ci\b/.test(r)));
check('no npm install', !runs.some((r) => /\bnpm (install|i)\b/.test(r)));
check('builds with npm run build', runs.some((r) => /\bnpm run build\b/.test(r)));
check('prunes dev dependencies', runs.some((r) => /npm prune --(omit=dev|production)/.test(r)) || runs.some((r) => /npm ci[^&]*--omit=dev/.test(r)));
check('package-lock.json copied before the sources (layer cache)', (() => {
  const copies = all.filter((i) => i.op === 'COPY' && !/--from=/.test(i.args)).map((i) => i.args);
  const lock = copies.findIndex((c) => /package-lock\.json/.test(c));
  const src = copies.findIndex((c) => /^\.\s/.test(c.replace(/--\S+\s+/g, '')));
  return lock >= 0 && src > lock;
})());
for (const r of runs.filter((r) => /apt-get install/.test(r))) {
  check('apt-get install uses --no-install-recommends', /--no-install-recommends/.test(r));
  check('apt lists removed in the same layer', /rm -rf \/var\/lib\/apt\/lists/.test(r));
}
check('no ADD of remote URLs', !all.some((i) => i.op === 'ADD' && /https?:\/\//.test(i.args)));
check('no secrets in ENV/ARG', !all.some((i) => ['ENV', 'ARG'].includes(i.op) && /(SECRET|PASSWORD|TOKEN)\s*=/i.test(i.args)));

const users = final.ins.filter((i) => i.op === 'USER').map((i) => i.args.split(':')[0]);
check('final stage runs as a non-root USER', users.length > 0 && !['root', '0'].includes(users.at(-1)), users.at(-1) ?? 'no USER');
const hc = final.ins.find((i) => i.op === 'HEALTHCHECK');
check('final stage has a HEALTHCHECK', !!hc && !/^NONE/i.test(hc.args));
check('HEALTHCHECK probes /api/health/live', !!hc && hc.args.includes('/api/health/live'));
check('HEALTHCHECK needs no curl/wget (node fetch)', !!hc && !/\b(curl|wget)\b/.test(hc.args) && /fetch\(/.test(hc.args));
const cmd = final.ins.filter((i) => i.op === 'CMD').at(-1);
check('CMD in exec form (signals reach node)', !!cmd && cmd.args.startsWith('['));
check('CMD starts dist/apps/api/src/main.js', !!cmd && cmd.args.includes('dist/apps/api/src/main.js'));
check('NODE_ENV=production in the final stage', final.ins.some((i) => i.op === 'ENV' && /NODE_ENV[= ]production/.test(i.args)));
check('EXPOSE 3000', final.ins.some((i) => i.op === 'EXPOSE' && /\b3000\b/.test(i.args)));

check('.dockerignore present', existsSync(ignoreFile));
if (existsSync(ignoreFile)) {
  const ign = readFileSync(ignoreFile, 'utf8').split('\n').map((l) => l.trim());
  for (const p of ['node_modules', 'dist', '.git', '.env']) check(`.dockerignore excludes ${p}`, ign.includes(p) || ign.includes(`${p}/`) || ign.includes(`/${p}`));
}
process.exit(failures ? 1 : 0);
