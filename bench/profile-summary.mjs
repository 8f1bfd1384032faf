#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`, e.g. BENCH_CPU_PROF=dir npm run bench -- students):
// self time by function and by package/file, and inclusive time of selected frames.
//   node bench/profile-summary.mjs <file.cpuprofile> [top=25] [filter-regexp]
// PROF_LAST_S=<seconds> keeps only the last seconds of the profile (e.g. the load phase, not the start-up).
import { readFileSync } from 'node:fs';

const [file, topArg, filter] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = new Map();
const elapsed = profile.timeDeltas.reduce((a, b) => a + b, 0);
const from = process.env.PROF_LAST_S ? elapsed - Number(process.env.PROF_LAST_S) * 1e6 : -Infinity;
let at = 0;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i] ?? 0;
  if (at >= from) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const where = (cf) => {
  const url = cf.url.replace(/^file:\/\//, '');
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 13).split('/').slice(0, url.slice(nm + 13).startsWith('@') ? 2 : 1).join('/');
  return url.replace(/^.*\/dist\//, 'dist/') || `(${cf.functionName || 'native'})`;
};
const self = new Map();
const pkg = new Map();
for (const n of profile.nodes) {
  const t = dt.get(n.id) ?? 0;
  const cf = n.callFrame;
  const key = `${cf.functionName || '(anon)'} ${where(cf)}:${cf.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + t);
  pkg.set(where(cf), (pkg.get(where(cf)) ?? 0) + t);
}
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
console.log(`total sampled ${(total / 1e6).toFixed(2)} s`);
console.log('\n-- self time by package / file');
for (const [k, t] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(pct(t), k);
console.log('\n-- self time by function');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(pct(t), k);
if (filter) {
  // Inclusive time of frames matching the filter (each sample counted once per matching stack).
  const re = new RegExp(filter);
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [id, t] of dt) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      const key = `${cf.functionName || '(anon)'} ${where(cf)}:${cf.lineNumber + 1}`;
      if (re.test(key) && !seen.has(key)) {
        seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + t);
      }
    }
  }
  console.log(`\n-- inclusive time of frames matching /${filter}/`);
  for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(pct(t), k);
}
