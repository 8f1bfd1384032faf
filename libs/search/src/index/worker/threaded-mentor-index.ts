import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvalidSearchCursorError } from '../../ranking/paging.js';
import type { SearchModuleOptions } from '../../search.options.js';
import type { IndexHealth, MentorDocument, SearchPage, SearchParams } from '../../types.js';
import { MentorIndex } from '../mentor-index.js';
import { type IndexCalls, type IndexOp, WORKER_CLOSE, type WorkerCall, type WorkerMessage } from './protocol.js';

/** The compiled worker next to this module (dist); absent when running from TypeScript sources. */
export const INDEX_WORKER_URL = new URL('./mentor-index.worker.js', import.meta.url);

export function indexWorkerAvailable(url: URL = INDEX_WORKER_URL): boolean {
  return existsSync(fileURLToPath(url));
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The longest wait before restarting a worker that keeps dying. */
const MAX_RESTART_DELAY_MS = 30_000;
/** How long `close()` lets the thread finish the calls already made before terminating it. */
const CLOSE_TIMEOUT_MS = 10_000;
/**
 * The index thread's young generation. The index lives in the old generation (a few large typed
 * arrays); what a search allocates dies young and is small. Left to itself V8 grows the young
 * generation to 64-128 MiB under a search flood, all of it resident; 16 MiB keeps scavenges short
 * and frequent instead (search throughput did not move: docs/search-index.md).
 */
const INDEX_THREAD_YOUNG_GENERATION_MB = 16;

/**
 * The in-process index on a thread of its own: same index, same answers, but searches (ranking,
 * HNSW, query embedding) and upserts run off the event loop, on another core. Calls are posted in
 * order and answered by id. If the thread dies, pending calls fail, a new (empty) thread is started
 * and the `onReset` listeners are told, so the owner can rebuild it from the database.
 */
export class ThreadedMentorIndex extends MentorIndex {
  readonly backend = 'in-process' as const;
  private readonly logger = new Logger('ThreadedMentorIndex');
  private readonly threadLoggers = new Map<string, Logger>();
  private worker!: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closing = false;
  private failures = 0;
  private lastError?: string;
  private restartTimer?: NodeJS.Timeout;
  /** The current thread has not exited. */
  private alive = false;

  constructor(
    private readonly options: SearchModuleOptions,
    private readonly workerUrl: URL = INDEX_WORKER_URL,
  ) {
    super();
    this.spawn();
  }

  /** Takes calls: neither closed nor waiting to restart a dead thread. */
  get available(): boolean {
    return !this.closing && !this.restartTimer;
  }

  init(): Promise<boolean> {
    return this.call('init');
  }

  upsert(docs: MentorDocument | readonly MentorDocument[]): Promise<void> {
    return this.call('upsert', docs);
  }

  override saveSnapshot(watermark: string): Promise<boolean> {
    return this.call('saveSnapshot', watermark);
  }

  /**
   * Loads the snapshot into a fresh thread, which takes every call made after this one; the old thread
   * answers the calls made before and ends. The contents are replaced either way, and the memory the old
   * contents and their build left behind (heap grown while embedding, allocator arenas) goes with the old
   * thread: after a cold build, save and load make the replica as small as after a restart.
   */
  override loadSnapshot(): Promise<string | null> {
    if (!this.options.snapshotPath) return Promise.resolve(null);
    if (this.closing || this.restartTimer || !this.alive) return this.call('loadSnapshot');
    const old = this.worker;
    this.spawn();
    const loaded = this.call('loadSnapshot');
    this.retire(old);
    return loaded;
  }

  remove(ids: string | readonly string[]): Promise<void> {
    return this.call('remove', ids);
  }

  search(params: SearchParams): Promise<SearchPage> {
    return this.call('search', params);
  }

  count(): Promise<number> {
    return this.call('count');
  }

  fingerprints(): Promise<Map<string, string>> {
    return this.call('fingerprints');
  }

  async health(): Promise<IndexHealth> {
    if (this.restartTimer) return { ok: false, backend: this.backend, documents: 0, detail: `index thread restarting after: ${this.lastError ?? 'exit'}` };
    return this.call('health');
  }

  clear(): Promise<void> {
    return this.call('clear');
  }

  /**
   * Ends the thread once it has answered the calls already made. `worker.terminate()` in the middle
   * of a search can abort the whole process (the HNSW library's native call fails as the thread is
   * torn down: "terminate called after throwing an instance of 'Napi::Error'"), so the thread is
   * asked to finish instead, and terminated only if it has not within CLOSE_TIMEOUT_MS.
   */
  override async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearTimeout(this.restartTimer);
    if (!this.restartTimer && this.alive) {
      const worker = this.worker;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.ref();
      worker.postMessage(WORKER_CLOSE);
      const timeout = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS);
      await exited;
      clearTimeout(timeout);
    }
    this.failAll(new Error('the mentor index was closed'));
  }

  /** Lets a replaced thread answer what it was asked, then end (terminated if it has not within CLOSE_TIMEOUT_MS). */
  private retire(worker: Worker): void {
    const timeout = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS);
    timeout.unref();
    worker.once('exit', () => clearTimeout(timeout));
    worker.postMessage(WORKER_CLOSE);
  }

  private spawn(): void {
    const worker = new Worker(this.workerUrl, { workerData: this.options, name: 'mentor-index', resourceLimits: { maxYoungGenerationSizeMb: INDEX_THREAD_YOUNG_GENERATION_MB } });
    // The thread keeps the process alive only while a call waits for it.
    worker.unref();
    worker.on('message', (message: WorkerMessage) => this.onMessage(message));
    worker.on('error', (error) => {
      this.lastError = error.message;
      this.logger.error({ err: error }, 'mentor index thread failed');
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.alive = false;
      if (this.worker !== worker || this.closing) return;
      this.lastError ??= `exit code ${code}`;
      this.logger.error(`mentor index thread exited (${this.lastError}); restarting it empty`);
      this.failAll(new Error(`the mentor index thread exited: ${this.lastError}`));
      const delay = Math.min(MAX_RESTART_DELAY_MS, 100 * 2 ** this.failures++);
      this.restartTimer = setTimeout(() => {
        this.restartTimer = undefined;
        this.lastError = undefined;
        this.spawn();
        this.contentsLost();
      }, delay);
      this.restartTimer.unref();
    });
    this.worker = worker;
    this.alive = true;
  }

  private onMessage(message: WorkerMessage): void {
    if ('log' in message) {
      // A logger per context, so the line carries the worker-side class (Nest appends an instance's own context).
      const context = `${message.context} (index thread)`;
      let logger = this.threadLoggers.get(context);
      if (!logger) this.threadLoggers.set(context, (logger = new Logger(context)));
      logger[message.log](message.message);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.worker.unref();
    this.failures = 0;
    if (message.ok) pending.resolve(message.value);
    else pending.reject(message.error.name === 'InvalidSearchCursorError' ? new InvalidSearchCursorError() : Object.assign(new Error(message.error.message), { name: message.error.name }));
  }

  /** Posts a call of the hosted index's method `op`; its arguments and answer are that method's. */
  private call<K extends IndexOp>(op: K, ...args: Parameters<IndexCalls[K]>): ReturnType<IndexCalls[K]> {
    type Answer = Awaited<ReturnType<IndexCalls[K]>>;
    if (this.closing) return Promise.reject(new Error('the mentor index was closed')) as ReturnType<IndexCalls[K]>;
    if (this.restartTimer) return Promise.reject(new Error(`the mentor index thread is restarting after: ${this.lastError ?? 'exit'}`)) as ReturnType<IndexCalls[K]>;
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, op, args } as WorkerCall);
    }) as ReturnType<IndexCalls[K]>;
  }

  private failAll(error: Error): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const p of calls) p.reject(error);
  }
}
