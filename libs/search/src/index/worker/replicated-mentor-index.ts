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
  /** Writes made before it: it may go to a follower that has them all. */
  writes: number;
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

  peek(): T | undefined {
    return this.items[this.head];
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
 * - Writes (`upsert`, `remove`, `clear`, `init`) go to every copy in the caller's order and resolve
 *   once all have applied them. The first copy (the leader) embeds each profile; the others (the
 *   followers) store its encodings, so a profile is embedded once, not once per copy (embedding is
 *   three quarters of an upsert). A follower gets a write once the leader has encoded it and the
 *   follower has every earlier write; a search only goes to a follower that has every write made
 *   before the search, so read-your-writes holds on every copy.
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
  /** Writes made so far, and how many of them the followers have been given (posted or skipped). */
  private writes = 0;
  private followersHave = 0;
  /** Posts to the followers, one write after another. */
  private following: Promise<void> = Promise.resolve();

  constructor(private readonly replicas: readonly ThreadedMentorIndex[]) {
    super();
    if (replicas.length === 0) throw new Error('ReplicatedMentorIndex needs at least one copy');
    this.searching = new Int32Array(replicas.length);
    for (const replica of replicas) replica.onReset(() => this.replicaReset());
  }

  get size(): number {
    return this.replicas.length;
  }

  init(): Promise<boolean> {
    return this.write((r) => r.init(), (r) => r.init().then(() => undefined), () => undefined);
  }

  async upsert(docs: MentorDocument | readonly MentorDocument[]): Promise<void> {
    await this.write<Uint8Array, Uint8Array>((r) => r.upsertAndEncode(docs), (r, encoded) => r.upsertEncoded(encoded), (encoded) => encoded);
  }

  async remove(ids: string | readonly string[]): Promise<void> {
    await this.write((r) => r.remove(ids), (r) => r.remove(ids), () => undefined);
  }

  async clear(): Promise<void> {
    await this.write((r) => r.clear(), (r) => r.clear(), () => undefined);
  }

  search(params: SearchParams): Promise<SearchPage> {
    return new Promise<SearchPage>((resolve, reject) => {
      this.waiting.push({ params, resolve, reject, writes: this.writes });
      this.dispatch();
    });
  }

  count(): Promise<number> {
    return this.reader().count();
  }

  fingerprints(): Promise<Map<string, string>> {
    return this.reader().fingerprints();
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

  /** The copy that has every write made so far (the leader), else another that can answer, else the leader, whose call then fails with its reason. */
  private reader(): ThreadedMentorIndex {
    return this.replicas[0]!.available ? this.replicas[0]! : (this.replicas.find((r) => r.available) ?? this.replicas[0]!);
  }

  /**
   * Hands waiting searches, in arrival order, to the copies with the fewest searches in flight while
   * one has fewer than SEARCHES_PER_THREAD; with no copy able to answer, they fail as the first copy fails them.
   */
  private dispatch(): void {
    const n = this.replicas.length;
    while (this.waiting.size > 0) {
      // The leader has every write; a follower, those handed to it so far.
      const current = this.waiting.peek()!.writes <= this.followersHave;
      let best = -1;
      let anyAvailable = false;
      for (let k = 0; k < n; k++) {
        const i = (this.next + k) % n;
        if (!this.replicas[i]!.available) continue;
        anyAvailable = true;
        if ((i === 0 || current) && (best < 0 || this.searching[i]! < this.searching[best]!)) best = i;
      }
      if (!anyAvailable) {
        const job = this.waiting.shift()!;
        this.replicas[0]!.search(job.params).then(job.resolve, job.reject);
        continue;
      }
      // Copies busy, or only followers that still lack a write this search must see: wait for either.
      if (best < 0 || this.searching[best]! >= SEARCHES_PER_THREAD) return;
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

  /**
   * One write: posted to the leader now; to the followers once they have every earlier write and the
   * leader's answer (`share` turns it into what they need). Resolves with the leader's answer once
   * every copy has applied it; if the leader fails, the followers skip the write (a dead leader's
   * restart empties every copy anyway) and the write fails.
   */
  private write<L, F>(lead: (leader: ThreadedMentorIndex) => Promise<L>, follow: (follower: ThreadedMentorIndex, shared: F) => Promise<void>, share: (answer: L) => F): Promise<L> {
    const seq = ++this.writes;
    const led = lead(this.replicas[0]!);
    const followers = this.replicas.slice(1);
    const followed = this.following.then(async () => {
      let calls: Promise<void>[] = [];
      try {
        const shared = share(await led);
        calls = followers.map((r) => follow(r, shared));
      } catch {
        // the leader failed: nothing to hand on
      }
      this.followersHave = seq;
      this.dispatch();
      return calls;
    });
    this.following = followed.then(() => undefined);
    return followed.then(async (calls) => {
      const results = await Promise.allSettled([led, ...calls]);
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      return led;
    });
  }

  private replicaReset(): void {
    // A write like any other, so every copy clears after the writes made before and before the
    // owner's rebuild (made after it is told).
    void this.clear().catch(() => undefined);
    this.contentsLost();
  }
}
