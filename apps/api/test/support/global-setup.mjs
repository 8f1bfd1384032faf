// Runs once before the suite: builds the app when dist/ is missing or older than the sources
// (the multi-process tests run the built app, as production does), and says which real services
// the suite runs against.
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
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

function newestFile(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestFile(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Whether something accepts TCP connections on 127.0.0.1:port within a short time. */
function listening(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 500 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true)).once('error', () => done(false)).once('timeout', () => done(false));
  });
}

export default async function globalSetup() {
  // The tests talk to real services: when the variables are unset but PostgreSQL and Redis run on
  // this machine at their usual ports (as on every development and CI machine here), use them.
  // MM_TEST_EMBEDDED=1 forces the embedded defaults instead.
  if (!process.env.MM_TEST_EMBEDDED) {
    if (!process.env.DATABASE_URL && (await listening(5432))) process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
    if (!process.env.REDIS_URL && (await listening(6379))) process.env.REDIS_URL = 'redis://127.0.0.1:6379';
  }
  const main = 'dist/apps/api/src/main.js';
  const sources = Math.max(...['apps/api/src', 'apps/cli/src', 'libs', 'migrations'].map(newest));
  if (!existsSync(main) || statSync(main).mtimeMs < sources) {
    process.stdout.write('\ntests: building the app (dist/ is missing or older than the sources)\n');
    const build = spawnSync('npx', ['nest', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('nest build failed');
  }
  // The browser suite needs the built web app, newer than its sources (nest build empties dist/).
  const web = 'dist/web/index.html';
  const webSources = Math.max(newestFile('apps/web/src'), statSync('openapi.json').mtimeMs);
  if (!existsSync(web) || statSync(web).mtimeMs < webSources) {
    process.stdout.write('\ntests: building the web app (dist/web is missing or older than its sources)\n');
    // NODE_ENV is "test" under Jest; the web app is built as users get it (React's production build).
    const build = spawnSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const db = process.env.DATABASE_URL;
  process.stdout.write(`\ntests: ${db ? `PostgreSQL at ${new URL(db).host}, one fresh database per test file` : 'DATABASE_URL is unset: each test file uses an in-memory PGlite'}\n`);
  process.stdout.write(`tests: ${process.env.REDIS_URL ? `Redis at ${process.env.REDIS_URL}` : 'REDIS_URL is unset: in-process event bus (Redis suites are skipped)'}\n`);
}
