// Runs once before the suite: builds the app when dist/ is missing or older than the sources
// (the multi-process tests run the built app, as production does), and says which real services
// the suite runs against.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

export default function globalSetup() {
  const main = 'dist/apps/api/src/main.js';
  const sources = Math.max(...['apps/api/src', 'apps/cli/src', 'libs', 'migrations'].map(newest));
  if (!existsSync(main) || statSync(main).mtimeMs < sources) {
    process.stdout.write('\ntests: building the app (dist/ is missing or older than the sources)\n');
    const build = spawnSync('npx', ['nest', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('nest build failed');
  }
  const db = process.env.DATABASE_URL;
  process.stdout.write(`\ntests: ${db ? `PostgreSQL at ${new URL(db).host}, one fresh database per test file` : 'DATABASE_URL is unset: each test file uses an in-memory PGlite'}\n`);
  process.stdout.write(`tests: ${process.env.REDIS_URL ? `Redis at ${process.env.REDIS_URL}` : 'REDIS_URL is unset: in-process event bus (Redis suites are skipped)'}\n`);
}
