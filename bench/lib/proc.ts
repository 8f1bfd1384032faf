/**
 * Child processes of the benchmark: every one is registered so that it is killed however the
 * suite ends (normal end, exception, Ctrl-C, SIGTERM). Cleanup callbacks (DROP DATABASE) run on
 * the asynchronous paths; the synchronous `exit` hook can only kill.
 */
import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';

const children = new Set<ChildProcess>();
const cleanups = new Set<() => Promise<void>>();

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function spawnTracked(command: string, args: string[], options: SpawnOptions): ChildProcess {
  return track(spawn(command, args, options));
}

/** Registers an async cleanup (e.g. DROP DATABASE); returns a function that runs it once and unregisters it. */
export function onCleanup(fn: () => Promise<void>): () => Promise<void> {
  let done = false;
  const run = async (): Promise<void> => {
    if (done) return;
    done = true;
    cleanups.delete(run);
    await fn();
  };
  cleanups.add(run);
  return run;
}

export function killAll(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const child of children) {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

export async function cleanupAll(): Promise<void> {
  killAll('SIGKILL');
  for (const fn of [...cleanups]) {
    try {
      await fn();
    } catch (error) {
      process.stderr.write(`[bench] cleanup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

let installed = false;
export function installExitHandlers(): void {
  if (installed) return;
  installed = true;
  process.once('exit', () => killAll('SIGKILL'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`[bench] ${signal}: stopping children and dropping databases\n`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}

/** Resolves when the child exits (or at once if it already has). */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}
