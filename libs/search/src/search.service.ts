import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MentorEncoder } from './index/encoder.js';
import { MentorIndex } from './index/mentor-index.js';
import type { IndexHealth, MentorDocument, SearchPage, SearchParams } from './types.js';

/**
 * Upsert batches a reconcile keeps in flight while it reads the next, so the index thread embeds one
 * batch while the database streams the following ones.
 */
export const UPSERTS_IN_FLIGHT = 8;

export interface ReconcileReport {
  indexed: number;
  removed: number;
  unchanged: number;
  rebuilt: boolean;
}

/**
 * Facade for the mentors feature: keep the index in step with the database and search it.
 *
 *   onProfileChanged(doc)   after a mentor row commits (create, update, rating, capacity change)
 *   onProfileDeleted(id)
 *   reconcile(allDocs)      at start-up and from a `reindex` command; pass an async iterable of all mentors
 *   search(params)          from GET /api/mentors
 */
@Injectable()
export class SearchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchService');
  private rebuilt = false;

  constructor(
    readonly index: MentorIndex,
    @Inject(MentorEncoder) private readonly encoder: MentorEncoder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.rebuilt = await this.index.init();
  }

  async onApplicationShutdown(): Promise<void> {
    this.encoder.embedder.close();
    await this.index.close();
  }

  search(params: SearchParams): Promise<SearchPage> {
    return this.index.search(params);
  }

  onProfileChanged(doc: MentorDocument | readonly MentorDocument[]): Promise<void> {
    return this.index.upsert(doc);
  }

  onProfileDeleted(id: string | readonly string[]): Promise<void> {
    return this.index.remove(id);
  }

  /** Called when the index lost its contents (its thread died and restarted empty): reconcile then. */
  onIndexReset(listener: () => void): void {
    this.index.onReset(listener);
  }

  /**
   * Called when the embedding model answers again after an outage: the owner reconciles then, which
   * re-embeds the profiles the fallback embedded meanwhile (their fingerprints say so).
   */
  onEmbedderRecovered(listener: () => void): void {
    this.encoder.embedder.onRecovered(listener);
  }

  /** Writes the index with the owner's watermark for the next start (false: this index keeps none). */
  saveSnapshot(watermark: string): Promise<boolean> {
    return this.index.saveSnapshot(watermark);
  }

  /** Restores the last snapshot; its watermark, or null (rebuild with `reconcile`). */
  loadSnapshot(): Promise<string | null> {
    return this.index.loadSnapshot();
  }

  health(): Promise<IndexHealth> {
    return this.index.health();
  }

  /**
   * Brings the index in line with the source of truth: upserts missing or changed profiles (by content
   * fingerprint, which includes the embedder/schema id), removes ids that no longer exist.
   * `full` re-embeds everything (e.g. after the embedding service came back).
   */
  async reconcile(all: AsyncIterable<MentorDocument> | Iterable<MentorDocument>, options: { full?: boolean; batchSize?: number } = {}): Promise<ReconcileReport> {
    const started = Date.now();
    const batchSize = options.batchSize ?? 1000;
    const indexed = options.full ? new Map<string, string>() : await this.index.fingerprints();
    const seen = new Set<string>();
    let batch: MentorDocument[] = [];
    let upserted = 0;
    let unchanged = 0;
    // Several batches in flight while the next is read: an index on its own thread embeds one batch
    // as the source streams the next. Calls start in order and no id is in two batches.
    const inFlight: Promise<void>[] = [];
    const flush = async (docs: MentorDocument[]): Promise<void> => {
      if (inFlight.length >= UPSERTS_IN_FLIGHT) await inFlight.shift();
      const upsert = this.index.upsert(docs);
      // Handled now (it is awaited later): a batch that fails while the next is read must fail this
      // reconcile, not the process (an unhandled rejection).
      upsert.catch(() => undefined);
      inFlight.push(upsert);
      upserted += docs.length;
    };
    for await (const doc of all) {
      seen.add(doc.id);
      const known = indexed.get(doc.id);
      if (known !== undefined && known === this.encoder.fingerprint(doc)) {
        unchanged++;
        continue;
      }
      batch.push(doc);
      if (batch.length >= batchSize) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length) await flush(batch);
    await Promise.all(inFlight);
    const stale = options.full ? [...(await this.index.fingerprints()).keys()] : [...indexed.keys()];
    const toRemove = stale.filter((id) => !seen.has(id));
    if (toRemove.length) await this.index.remove(toRemove);
    try {
      await this.index.reconciled();
    } catch (error) {
      // The index is filled and serves; making it the current one is retried by the next reconcile.
      this.logger.warn(`Could not mark the reconciled index current: ${(error as Error).message}`);
    }
    const report = { indexed: upserted, removed: toRemove.length, unchanged, rebuilt: this.rebuilt };
    this.logger.log(`Reconciled mentor index in ${Date.now() - started} ms: ${JSON.stringify(report)}`);
    this.rebuilt = false;
    return report;
  }
}
