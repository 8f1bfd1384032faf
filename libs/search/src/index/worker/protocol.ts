import type { InProcessMentorIndex } from '../in-process-mentor-index.js';

/**
 * The calls the index thread answers: these methods of the InProcessMentorIndex it hosts, with their
 * own parameter and result types, so a call is checked against the method it reaches at compile time.
 */
export type IndexCalls = Pick<InProcessMentorIndex, 'init' | 'upsert' | 'remove' | 'search' | 'count' | 'fingerprints' | 'health' | 'clear' | 'saveSnapshot' | 'loadSnapshot'>;
export type IndexOp = keyof IndexCalls;

/** Main thread → worker: one call, its arguments typed by the method. */
export type WorkerCall = { [K in IndexOp]: { id: number; op: K; args: Parameters<IndexCalls[K]> } }[IndexOp];

/** Main thread → worker: answer what was posted before, then end the thread (its port closes). */
export const WORKER_CLOSE = { close: true } as const;

/** Worker → main thread: the answer to a call, or a log line for the main thread's logger. */
export type WorkerMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string } }
  | { log: 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal'; context: string; message: string };
