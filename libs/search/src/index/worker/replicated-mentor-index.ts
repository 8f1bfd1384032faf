import type { IndexHealth, MentorDocument, SearchPage, SearchParams } from '../../types.js';
import { MentorIndex } from '../mentor-index.js';
import type { ThreadedMentorIndex } from './threaded-mentor-index.js';

/**
 * Calls a copy may have in flight before searches wait here: one running, one posted behind it so the
 * thread never idles waiting for the next. A stalled thread (slow query, GC) holds back at most these.
 */
const SEARCHES_PER_THREAD = 2;

interface WaitingSearch {
  params: SearchParams;
  resolve: (page: SearchPage) => void;
  reject: (error: unknown) => void;
}

/** A FIFO queue with O(1) push and shift (Array#shift is O(n)). */
class Deque<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/**
 * The in-process index on several threads, each holding a full copy: searches are read-only and
 * CPU-bound, so copies on as many cores answer that many searches at once (a usearch graph and
 * the postings cannot be shared between V8 isolates; the copies cost memory, not consistency).
 *
 * - Writes (`upsert`, `remove`, `clear`, `init`) are posted to every copy, in the caller's order,
 *   and resolve once all have applied them. Each thread runs its calls in the order they were
 *   posted, so a search posted after a write, to any copy, sees it: read-your-writes holds.
 * - Searches wait in one queue here and go to a copy with fewer than SEARCHES_PER_THREAD searches
 *   in flight (the one with the fewest), as copies free up: a search never waits behind a slow search
 *   or a GC pause of one thread while another is free, which a queue per thread would make it do
 *   (HTTP search p99 at 32 connections: 30–38 ms instead of 44–136 ms, same throughput). Copies that
 *   are restarting are skipped.
 * - If a thread dies, its copy restarts empty; the other copies are cleared too and the owner is
 *   told (`onReset`), so its rebuild (by fingerprints) refills all of them alike, instead of
 *   finding the survivors complete and leaving the new copy empty.
 */
export class ReplicatedMentorIndex extends MentorIndex {
  readonly backend = 'in-process' as const;
  private next = 0;
  private readonly waiting = new Deque<WaitingSearch>();
  /** Searches in flight per copy (writes are not counted: they go to every copy alike). */
  private readonly searching: Int32Array;

  constructor(private readonly replicas: readonly ThreadedMentorIndex[]) {
    super();
    if (replicas.length === 0) throw new Error('ReplicatedMentorIndex needs at least one copy');
    this.searching = new Int32Array(replicas.length);
    for (const replica of replicas) replica.onReset(() => this.replicaReset(replica));
  }

  get size(): number {
    return this.replicas.length;
  }

  async init(): Promise<boolean> {
    const created = await this.all((r) => r.init());
    return created.some(Boolean);
  }

  async upsert(docs: MentorDocument | readonly MentorDocument[]): Promise<void> {
    await this.all((r) => r.upsert(docs));
  }

  async remove(ids: string | readonly string[]): Promise<void> {
    await this.all((r) => r.remove(ids));
  }

  async clear(): Promise<void> {
    await this.all((r) => r.clear());
  }

  search(params: SearchParams): Promise<SearchPage> {
    return new Promise<SearchPage>((resolve, reject) => {
      this.waiting.push({ params, resolve, reject });
      this.dispatch();
    });
  }

  count(): Promise<number> {
    return this.pick().count();
  }

  fingerprints(): Promise<Map<string, string>> {
    return this.pick().fingerprints();
  }

  async health(): Promise<IndexHealth> {
    const all = await Promise.all(this.replicas.map((r) => r.health().catch((error: unknown): IndexHealth => ({ ok: false, backend: this.backend, documents: 0, detail: error instanceof Error ? error.message : String(error) }))));
    const bad = all.flatMap((h, i) => (h.ok ? [] : [`thread ${i + 1} of ${all.length}: ${h.detail ?? 'not ok'}`]));
    const documents = Math.max(...all.map((h) => h.documents));
    return bad.length ? { ok: false, backend: this.backend, documents, detail: bad.join('; ') } : { ok: true, backend: this.backend, documents, detail: `${all.length} threads` };
  }

  override async close(): Promise<void> {
    await Promise.all(this.replicas.map((r) => r.close()));
  }

  /** A copy that can answer (round robin), else the first copy, whose call then fails with its reason. */
  private pick(): ThreadedMentorIndex {
    const n = this.replicas.length;
    for (let k = 0; k < n; k++) {
      const replica = this.replicas[(this.next + k) % n]!;
      if (replica.available) {
        this.next = (this.next + k + 1) % n;
        return replica;
      }
    }
    return this.replicas[0]!;
  }

  /**
   * Hands waiting searches, in arrival order, to the copies with the fewest searches in flight while
   * one has fewer than SEARCHES_PER_THREAD; with no copy able to answer, they fail as the first copy fails them.
   */
  private dispatch(): void {
    const n = this.replicas.length;
    while (this.waiting.size > 0) {
      let best = -1;
      for (let k = 0; k < n; k++) {
        const i = (this.next + k) % n;
        if (this.replicas[i]!.available && (best < 0 || this.searching[i]! < this.searching[best]!)) best = i;
      }
      if (best < 0) {
        const job = this.waiting.shift()!;
        this.replicas[0]!.search(job.params).then(job.resolve, job.reject);
        continue;
      }
      if (this.searching[best]! >= SEARCHES_PER_THREAD) return;
      this.next = (best + 1) % n;
      const job = this.waiting.shift()!;
      this.searching[best]!++;
      this.replicas[best]!.search(job.params)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.searching[best]!--;
          this.dispatch();
        });
    }
  }

  private async all<T>(op: (replica: ThreadedMentorIndex) => Promise<T>): Promise<T[]> {
    // Posted to every copy before awaiting any, so all copies see the same order of writes.
    const results = await Promise.allSettled(this.replicas.map(op));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return results.map((r) => (r as PromiseFulfilledResult<T>).value);
  }

  private replicaReset(restarted: ThreadedMentorIndex): void {
    // Posted now, so the owner's rebuild (posted after it is told) runs after the clears on every copy.
    for (const replica of this.replicas) if (replica !== restarted && replica.available) void replica.clear().catch(() => undefined);
    this.contentsLost();
  }
}
