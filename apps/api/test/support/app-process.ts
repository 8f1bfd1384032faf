import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../../../libs/events/src/testing/redis-process.js';

/**
 * The built application (`node dist/apps/api/src/main.js`) as a child process, as it runs in
 * production: for multi-replica, graceful-shutdown and deployment tests. Build first with
 * `npx nest build`; `startAppProcess` refuses a dist/ older than the sources.
 */
export const MAIN_JS = resolve('dist/apps/api/src/main.js');

export interface AppProcess {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /**
   * Sends `signal` (SIGTERM: graceful) and resolves with how the process ended; SIGKILL after
   * `timeoutMs`. Nest's shutdown hooks re-raise the signal once closed, so a clean SIGTERM ends
   * as `{ code: null, signal: 'SIGTERM' }` (or code 0); `signal: 'SIGKILL'` means it hung.
   */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<ProcessEnd>;
}

export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface AppProcessOptions {
  /** Environment of the app (PORT is chosen unless given). PATH and HOME are passed through. */
  env: Record<string, string | undefined>;
  /** How long to wait until GET /api/health/live answers. Default 30 s. */
  startTimeoutMs?: number;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Throws unless dist/ exists and is newer than every source file of the app, the libs and the migrations. */
export function assertBuildIsFresh(): void {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run \`npx nest build\` before this test`);
  const built = statSync(MAIN_JS).mtimeMs;
  const sources = Math.max(...['apps/api/src', 'libs', 'migrations'].map((d) => newestMtime(resolve(d))));
  if (sources > built) throw new Error('dist/ is older than the sources: run `npx nest build` before this test');
}

export async function startAppProcess(options: AppProcessOptions): Promise<AppProcess> {
  assertBuildIsFresh();
  const port = Number(options.env.PORT ?? (await freePort()));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', ...options.env, PORT: String(port) };
  const child = spawn(process.execPath, [MAIN_JS], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<ProcessEnd>((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} during start-up:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health/live`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer on ${url} in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    port,
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM', timeoutMs = 15_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode };
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
