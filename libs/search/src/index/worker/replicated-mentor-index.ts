import type { IndexHealth, MentorDocument, SearchPage, SearchParams } from '../../types.js';
import { MentorIndex } from '../mentor-index.js';
import type { ThreadedMentorIndex } from './threaded-mentor-index.js';

/**
 * The in-process index on several threads, each holding a full copy: searches are read-only and
 * CPU-bound, so copies on as many cores answer that many searches at once (a usearch graph and
 * the postings cannot be shared between V8 isolates; the copies cost memory, not consistency).
 *
 * - Writes (`upsert`, `remove`, `clear`, `init`) are posted to every copy, in the caller's order,
 *   and resolve once all have applied them. Each thread runs its calls in the order they were
 *   posted, so a search posted after a write, to any copy, sees it: read-your-writes holds.
 * - A search goes to the copy with the fewest calls in flight (round robin among equals), skipping
 *   copies that are restarting.
 * - If a thread dies, its copy restarts empty; the other copies are cleared too and the owner is
 *   told (`onReset`), so its rebuild (by fingerprints) refills all of them alike, instead of
 *   finding the survivors complete and leaving the new copy empty.
 */
export class ReplicatedMentorIndex extends MentorIndex {
  readonly backend = 'in-process' as const;
  private next = 0;

  constructor(private readonly replicas: readonly ThreadedMentorIndex[]) {
    super();
    if (replicas.length === 0) throw new Error('ReplicatedMentorIndex needs at least one copy');
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
    return this.pick().search(params);
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

  /** The copy to read from: fewest calls in flight among those that can answer; the first copy's error otherwise. */
  private pick(): ThreadedMentorIndex {
    const n = this.replicas.length;
    let best: ThreadedMentorIndex | undefined;
    for (let k = 0; k < n; k++) {
      const replica = this.replicas[(this.next + k) % n];
      if (replica.available && (!best || replica.inFlight < best.inFlight)) best = replica;
    }
    this.next = (this.next + 1) % n;
    return best ?? this.replicas[0];
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
