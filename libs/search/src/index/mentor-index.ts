import type { IndexHealth, MentorDocument, SearchPage, SearchParams } from '../types.js';

/**
 * Port: the searchable index of mentor profiles. Used as the Nest injection token; the adapter
 * (Qdrant or in-process) is chosen by configuration. It holds nothing that cannot be rebuilt from
 * the database: feed it with `upsert` on every profile change and repair drift with `reconcile`.
 */
export abstract class MentorIndex {
  private readonly resetListeners = new Set<() => void>();
  abstract readonly backend: IndexHealth['backend'];
  /** Prepares storage (creates the Qdrant collection). True when the index was (re)created empty. */
  abstract init(): Promise<boolean>;
  /** Inserts or replaces profiles (embedding them). Never throws for odd text. */
  abstract upsert(docs: MentorDocument | readonly MentorDocument[]): Promise<void>;
  abstract remove(ids: string | readonly string[]): Promise<void>;
  /** Ranked, filtered, cursor-paged search; browse by rating when there is no usable query. */
  abstract search(params: SearchParams): Promise<SearchPage>;
  abstract count(): Promise<number>;
  /** id -> content fingerprint of every indexed profile, for reconciliation. */
  abstract fingerprints(): Promise<Map<string, string>>;
  abstract health(): Promise<IndexHealth>;
  /**
   * Writes the contents and the owner's `watermark` (its position in the change feed) where the next
   * start finds them; false when this index keeps no snapshot (Qdrant persists by itself).
   */
  async saveSnapshot(_watermark: string): Promise<boolean> {
    return false;
  }
  /**
   * Replaces the contents with the last snapshot; answers its watermark (the owner tops it up with the
   * changes since), or null when there is none (the owner rebuilds from the database).
   */
  async loadSnapshot(): Promise<string | null> {
    return null;
  }
  /**
   * Called after the owner filled the index from the source of truth (start-up, reindex): a shared
   * index (Qdrant) makes this schema's collection the current one then.
   */
  async reconciled(): Promise<void> {}
  /** Drops everything (used by a full reindex). */
  abstract clear(): Promise<void>;
  /**
   * Registers a callback for when the index lost its contents behind its owner's back (the index
   * thread died and was restarted empty): the owner rebuilds it from the database then.
   */
  onReset(listener: () => void): void {
    this.resetListeners.add(listener);
  }
  /** For adapters: the contents were lost (the owner rebuilds the index from the database). */
  protected contentsLost(): void {
    for (const listener of this.resetListeners) listener();
  }
  /** Releases resources. */
  async close(): Promise<void> {}
}
