/**
 * The index thread: an InProcessMentorIndex (and its encoder) living in a worker, so that ranking,
 * HNSW search and embedding never block the event loop that serves HTTP. Calls arrive in order and
 * are started in order, exactly as they would be on the main thread (the index itself keeps its
 * writes in that order while one awaits a remote embedder); log lines go to the main thread's logger.
 */
import { Logger, type LoggerService } from '@nestjs/common';
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createEmbedder } from '../../embedder/create-embedder.js';
import { rankingFor } from '../../ranking/ranking-options.js';
import { DEFAULT_INDEX_THREAD_NICE, type SearchModuleOptions } from '../../search.options.js';
import { MentorEncoder } from '../encoder.js';
import { InProcessMentorIndex } from '../in-process-mentor-index.js';
import { type IndexCalls, WORKER_CLOSE, type WorkerCall, type WorkerMessage } from './protocol.js';

const port = parentPort!;
const post = (message: WorkerMessage): void => port.postMessage(message);

const forward = (level: Extract<WorkerMessage, { log: string }>['log']) => (message: unknown, context?: unknown) =>
  post({ log: level, context: typeof context === 'string' ? context : 'MentorIndexWorker', message: message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message) });
const logger: LoggerService = { log: forward('log'), error: forward('error'), warn: forward('warn'), debug: forward('debug'), verbose: forward('verbose'), fatal: forward('fatal') };
Logger.overrideLogger(logger);

const options = workerData as SearchModuleOptions;
lowerThisThreadsPriority(options.indexThreadNice ?? DEFAULT_INDEX_THREAD_NICE);
const embedder = createEmbedder(options);
const index = new InProcessMentorIndex(new MentorEncoder(embedder, rankingFor(embedder, options.ranking)), { snapshotPath: options.snapshotPath });
/** The methods calls may reach (and nothing else of the index). */
const calls: IndexCalls = index;

/** Runs one call on the index (the union of typed calls narrowed to "some method with its arguments"). */
function run(call: WorkerCall): Promise<unknown> {
  const method = calls[call.op] as ((...args: unknown[]) => Promise<unknown>) | undefined;
  if (typeof method !== 'function') return Promise.reject(new Error(`unknown index operation ${String(call.op)}`));
  return method.apply(index, call.args);
}

/** Calls started and not answered yet (with a remote embedder, an upsert or a search can wait on it). */
const inFlight = new Set<Promise<unknown>>();

port.on('message', (call: WorkerCall | typeof WORKER_CLOSE) => {
  if ('close' in call) {
    // Once everything posted before this is answered, closing the port ends the thread from its idle
    // event loop, never inside a native HNSW call.
    void Promise.allSettled(inFlight).then(() => port.close());
    return;
  }
  const answered = run(call).then(
    (value) => post({ id: call.id, ok: true, value }),
    (error: unknown) => post({ id: call.id, ok: false, error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) } }),
  );
  inFlight.add(answered);
  void answered.finally(() => inFlight.delete(answered));
});

/**
 * Runs this thread `nice` steps below the process (Linux: a thread is a task with its own nice value,
 * found through /proc/thread-self), so that when searches saturate the cores the event loop serving
 * HTTP still gets the CPU first: sign-ins, requests and notifications stay fast. Lowering a priority
 * needs no privilege; where it is not possible (not Linux) the thread keeps the process's.
 */
function lowerThisThreadsPriority(nice: number): void {
  if (!(nice > 0)) return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(tid, Math.min(19, getPriority(tid) + nice));
  } catch (error) {
    logger.warn(`the index thread keeps the process's priority: ${error instanceof Error ? error.message : String(error)}`, 'MentorIndexWorker');
  }
}
