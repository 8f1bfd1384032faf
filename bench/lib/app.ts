/**
 * Starts the built application (dist/apps/api/src/main.js) as a child process on a free port of
 * 127.0.0.1 and waits for /api/health/ready.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { REDIS_URL } from './db.js';
import { exited, spawnTracked, stopChild } from './proc.js';
import { sleep } from './stats.js';

export const ROOT = resolve(import.meta.dirname, '../..');
/** BENCH_APP_MAIN points the suite at another build (e.g. a branch exported to /tmp). */
export const APP_MAIN = process.env.BENCH_APP_MAIN ?? resolve(ROOT, 'dist/apps/api/src/main.js');
export const JWT_SECRET = 'bench-jwt-secret-0123456789abcdef-0123456789';
export const JWT_ISSUER = 'mentor-match';

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  port: number;
  url: string;
  /** Last lines of stderr/stdout, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kib) * 1024;
}

export const mib = (bytes: number): number => bytes / 2 ** 20;

function capture(child: ChildProcess): () => string {
  const lines: string[] = [];
  const take = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 60) lines.splice(0, lines.length - 60);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return () => lines.join('\n');
}

export interface StartAppOptions {
  databaseUrl: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  name?: string;
  /** How long readiness may take (index builds take minutes at 100k). */
  readyTimeoutMs?: number;
}

export function appEnv(databaseUrl: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    MIGRATIONS_RUN: 'true',
    AUTH_RATE_LIMIT: '1000000',
    ARGON2_MEMORY_KIB: '19456',
    ARGON2_ITERATIONS: '2',
    ADMIN_EMAIL: 'bench-admin@bench.test',
    ADMIN_PASSWORD: 'bench-admin-password',
    SHUTDOWN_TIMEOUT_MS: '3000',
    ...extra,
  };
}

/** Node flags the app runs with, as the Dockerfile and `npm start` start it (a 16 MiB young generation). */
export const APP_NODE_ARGS = ['--max-semi-space-size=8'];

export async function startApp(options: StartAppOptions): Promise<RunningProcess> {
  if (!existsSync(APP_MAIN)) throw new Error(`${APP_MAIN} is missing: run \`npx nest build\` first (npm run bench does)`);
  const port = await freePort();
  const name = options.name ?? 'app';
  const child = spawnTracked(process.execPath, [...APP_NODE_ARGS, ...(options.nodeArgs ?? []), APP_MAIN], {
    cwd: ROOT,
    env: appEnv(options.databaseUrl, port, options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = capture(child);
  const proc: RunningProcess = { name, child, pid: child.pid!, port, url: `http://127.0.0.1:${port}`, output, stop: () => stopChild(child) };
  try {
    await waitReady(proc, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return proc;
}

/** Polls GET /api/health/ready until 200; fails when the process exits or the time is up. */
export async function waitReady(proc: RunningProcess, timeoutMs: number, path = '/api/health/ready'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited(proc.child).then(() => (gone = true));
  let last = '';
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${proc.name} exited before it was ready:\n${proc.output()}`);
    try {
      const res = await fetch(`${proc.url}${path}`, { signal: AbortSignal.timeout(3000) });
      last = `${res.status} ${await res.text()}`;
      if (res.status === 200) return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`${proc.name} not ready after ${timeoutMs} ms (last answer: ${last.slice(0, 300)})\n${proc.output()}`);
}

/** A plain Node script (a reference server) as a child process; it prints `listening <port>` when up. */
export async function startScript(name: string, script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningProcess> {
  const port = await freePort();
  const child = spawnTracked(process.execPath, [...nodeArgs, script], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = capture(child);
  const proc: RunningProcess = { name, child, pid: child.pid!, port, url: `http://127.0.0.1:${port}`, output, stop: () => stopChild(child, 2000) };
  const deadline = Date.now() + 20_000;
  while (!/listening/.test(output())) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${output()}`);
    if (Date.now() > deadline) {
      await proc.stop();
      throw new Error(`${name} did not start:\n${output()}`);
    }
    await sleep(50);
  }
  return proc;
}
