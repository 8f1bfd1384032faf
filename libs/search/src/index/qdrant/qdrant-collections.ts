import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { QdrantClient, Schemas } from '@qdrant/js-client-rest';
import { IndexMigrationLock } from '../index-migration-lock.js';
import type { QdrantCalls } from './qdrant-calls.js';

/** Bumped when what this adapter stores in Qdrant changes shape (payload fields, vector config). */
const LAYOUT = 'q3';

/** Payload indexes: the filters, the browse order, and the lexical terms (document frequencies). */
const PAYLOAD_INDEXES: [string, Schemas['PayloadSchemaType']][] = [
  ['id', 'keyword'], ['skillKeys', 'keyword'], ['languages', 'keyword'], ['available', 'bool'], ['browseKey', 'float'], ['lexicalTerms', 'integer'],
];

/** Runs `fn` without coordination (one process, tests). */
const UNCOORDINATED: IndexMigrationLock = { run: (fn) => fn() };

/**
 * Collection names and start-up coordination between replicas. Every schema (embedder spaces, BM25
 * parameters, storage layout) has a collection of its own, `<alias>_<hash>`; each replica reads and
 * writes its own schema's collection by name, and the alias names the one that was filled last. So a
 * replica with a new schema builds its collection beside the one the running replicas use, and moves
 * the alias once it is filled; nothing is deleted under a running replica. Creating a collection and
 * moving the alias happen under the migration lock (a PostgreSQL advisory lock in the app); creation
 * also tolerates a creator that got there first (409).
 */
export class QdrantCollections {
  private readonly logger = new Logger('QdrantCollections');
  readonly name: string;

  constructor(
    private readonly client: QdrantClient,
    private readonly calls: QdrantCalls,
    readonly alias: string,
    schema: string,
    private readonly spaces: readonly { id: string; dimension: number }[],
    private readonly lock: IndexMigrationLock = UNCOORDINATED,
  ) {
    this.name = `${alias}_${createHash('sha256').update(`${LAYOUT}|${schema}`).digest('hex').slice(0, 12)}`;
  }

  /** Makes sure this schema's collection exists; true when this call created it (empty). */
  async open(): Promise<boolean> {
    if (await this.exists(this.name)) return false;
    return this.lock.run(async () => {
      if (await this.exists(this.name)) return false;
      const created = await this.create();
      for (const [field_name, field_schema] of PAYLOAD_INDEXES) {
        await this.calls.run('create payload index', () => this.client.createPayloadIndex(this.name, { wait: true, field_name, field_schema }));
      }
      if (created) this.logger.log(`Created Qdrant collection "${this.name}"; the alias "${this.alias}" moves to it once it is filled`);
      return created;
    });
  }

  /**
   * After the owner filled the collection: points the alias at it (one atomic alias change) and drops
   * collections older than the one it pointed at before (that one may still serve replicas of the
   * previous version, or a rollback).
   */
  async promote(): Promise<void> {
    if ((await this.aliasTarget()) === this.name) return;
    await this.lock.run(async () => {
      const previous = await this.aliasTarget();
      if (previous === this.name) return;
      if (previous === undefined && (await this.exists(this.alias))) {
        // A collection named like the alias (written before collections were versioned).
        this.logger.warn(`Dropping the unversioned Qdrant collection "${this.alias}" so the alias can take its name`);
        await this.calls.run('delete collection', () => this.client.deleteCollection(this.alias));
      }
      const actions: Schemas['AliasOperations'][] = [];
      if (previous !== undefined) actions.push({ delete_alias: { alias_name: this.alias } });
      actions.push({ create_alias: { collection_name: this.name, alias_name: this.alias } });
      await this.calls.run('update aliases', () => this.client.updateCollectionAliases({ actions }));
      this.logger.log(`Qdrant alias "${this.alias}" -> "${this.name}"${previous ? ` (was "${previous}")` : ''}`);
      const { collections } = await this.calls.run('list collections', () => this.client.getCollections());
      for (const c of collections) {
        if (c.name.startsWith(`${this.alias}_`) && c.name !== this.name && c.name !== previous) {
          this.logger.log(`Dropping the old Qdrant collection "${c.name}"`);
          await this.calls.run('delete collection', () => this.client.deleteCollection(c.name));
        }
      }
    });
  }

  /** The collection the alias points at, if any. */
  async aliasTarget(): Promise<string | undefined> {
    const { aliases } = await this.calls.run('list aliases', () => this.client.getAliases());
    return aliases.find((a) => a.alias_name === this.alias)?.collection_name;
  }

  private async exists(name: string): Promise<boolean> {
    return (await this.calls.run('collection exists', () => this.client.collectionExists(name))).exists;
  }

  /** Creates the collection; false when another replica created it first (409 Conflict). */
  private async create(): Promise<boolean> {
    const vectors: Record<string, Schemas['VectorParams']> = {};
    for (const s of this.spaces) vectors[s.id] = { size: s.dimension, distance: 'Dot' };
    // The lexical vector holds final BM25 weights: IDF is computed from exact payload counts at query
    // time (Qdrant's own IDF modifier counts deleted points until its optimizer runs).
    const body = { vectors, sparse_vectors: { lexical: {} } };
    try {
      await this.calls.run('create collection', () => this.client.createCollection(this.name, body), { quiet: [409] });
      return true;
    } catch (error) {
      if (this.calls.isConflict(error)) return false;
      throw error;
    }
  }
}
