import type { InProcessMentorIndex } from '../in-process-mentor-index.js';

/**
 * The index methods the worker answers: the MentorIndex ones but `close` (which ends the thread), and
 * the two that let copies of the index share one embedding of each profile.
 */
export const WORKER_OPS = ['init', 'upsert', 'remove', 'search', 'count', 'fingerprints', 'health', 'clear', 'upsertAndEncode', 'upsertEncoded'] as const;
export type WorkerOp = (typeof WORKER_OPS)[number] & keyof InProcessMentorIndex;

/** Main thread → worker. */
export interface WorkerCall {
  id: number;
  op: WorkerOp;
  args: unknown[];
}

/** Main thread → worker: answer what was posted before, then end the thread (its port closes). */
export const WORKER_CLOSE = { close: true } as const;

/** Worker → main thread: the answer to a call, or a log line for the main thread's logger. */
export type WorkerMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string } }
  | { log: 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal'; context: string; message: string };
