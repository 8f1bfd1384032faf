/**
 * The index thread: an InProcessMentorIndex (and its encoder) living in a worker, so that ranking,
 * HNSW search and embedding never block the event loop that serves HTTP. Calls arrive in order and
 * are started in order, exactly as they would be on the main thread (the index itself keeps its
 * writes in that order while one awaits a remote embedder); log lines go to the main thread's logger.
 */
import { Logger, type LoggerService } from '@nestjs/common';
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { createEmbedder } from '../../embedder/create-embedder.js';
import { DEFAULT_RANKING } from '../../ranking/ranking.js';
import { DEFAULT_INDEX_THREAD_NICE, type SearchModuleOptions } from '../../search.options.js';
import type { MentorDocument } from '../../types.js';
import { type EncodedMentor, MentorEncoder } from '../encoder.js';
import { InProcessMentorIndex } from '../in-process-mentor-index.js';
import { WORKER_CLOSE, WORKER_OPS, type WorkerCall, type WorkerMessage } from './protocol.js';

const port = parentPort!;
const post = (message: WorkerMessage): void => port.postMessage(message);

const forward = (level: Extract<WorkerMessage, { log: string }>['log']) => (message: unknown, context?: unknown) =>
  post({ log: level, context: typeof context === 'string' ? context : 'MentorIndexWorker', message: message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message) });
const logger: LoggerService = { log: forward('log'), error: forward('error'), warn: forward('warn'), debug: forward('debug'), verbose: forward('verbose'), fatal: forward('fatal') };
Logger.overrideLogger(logger);

const options = workerData as SearchModuleOptions;
lowerThisThreadsPriority(options.indexThreadNice ?? DEFAULT_INDEX_THREAD_NICE);
const index = new InProcessMentorIndex(new MentorEncoder(createEmbedder(options), { ...DEFAULT_RANKING, ...options.ranking }));
const ops = new Set<string>(WORKER_OPS);
/**
 * The copies of a ReplicatedMentorIndex hand encodings on as V8-serialised bytes: the main thread
 * passes them from one thread to the others without building (and collecting) their objects.
 */
const serialised = {
  upsertAndEncode: async (docs: MentorDocument | readonly MentorDocument[]): Promise<Uint8Array> => serialize(await index.upsertAndEncode(docs)),
  upsertEncoded: (bytes: Uint8Array): Promise<void> => index.upsertEncoded(deserialize(bytes) as EncodedMentor[]),
};

/** Calls started and not answered yet (with a remote embedder, an upsert or a search can wait on it). */
const inFlight = new Set<Promise<unknown>>();

port.on('message', (call: WorkerCall | typeof WORKER_CLOSE) => {
  if ('close' in call) {
    // Once everything posted before this is answered, closing the port ends the thread from its idle
    // event loop, never inside a native HNSW call.
    void Promise.allSettled(inFlight).then(() => port.close());
    return;
  }
  if (!ops.has(call.op)) {
    post({ id: call.id, ok: false, error: { name: 'Error', message: `unknown index operation ${String(call.op)}` } });
    return;
  }
  const method = (call.op in serialised ? serialised[call.op as keyof typeof serialised] : index[call.op].bind(index)) as (...args: unknown[]) => Promise<unknown>;
  const answered = method(...call.args).then(
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
