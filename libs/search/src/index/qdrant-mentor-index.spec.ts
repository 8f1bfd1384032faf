import { Logger } from '@nestjs/common';
import { BuiltinEmbedder } from '../embedder/builtin-embedder.js';
import { DEFAULT_RANKING } from '../ranking/ranking-options.js';
import { checkQdrantRequests } from '../testing/qdrant-request-check.js';
import { QdrantStandIn } from '../testing/qdrant-stand-in.js';
import { MentorEncoder } from './encoder.js';
import { SearchIndexRequestError, SearchIndexUnavailableError } from './index-errors.js';
import type { IndexMigrationLock } from './index-migration-lock.js';
import { CORPUS, describeMentorIndexContract } from './mentor-index.contract.js';
import { pointId, QdrantMentorIndex, type QdrantIndexOptions } from './qdrant-mentor-index.js';

/** Tests may read the environment; the library never does. */
const realUrl = process.env.QDRANT_URL || undefined;
if (!realUrl) console.log('The Qdrant MentorIndex contract runs against the stand-in only: set QDRANT_URL (e.g. http://localhost:6333) for a real Qdrant too.');

const encoder = new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING);
const standIn = new QdrantStandIn();
let n = 0;

beforeAll(async () => {
  await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});

function index(options: Partial<QdrantIndexOptions> = {}, enc = encoder): QdrantMentorIndex {
  return new QdrantMentorIndex(enc, { url: standIn.url, collection: `mentors_${process.pid}_${n++}`, timeoutMs: 2000, ...options });
}

describeMentorIndexContract('qdrant (stand-in)', async () => {
  const i = index();
  await i.init();
  return i;
});

describeMentorIndexContract(
  'qdrant',
  async () => {
    const i = new QdrantMentorIndex(encoder, { url: realUrl!, apiKey: process.env.QDRANT_API_KEY, collection: `mentors_test_${process.pid}_${n++}` });
    await i.init();
    return i;
  },
  Boolean(realUrl),
);

/** An in-memory stand-in for the app's advisory lock: one holder at a time. */
class MemoryLock implements IndexMigrationLock {
  private tail: Promise<unknown> = Promise.resolve();
  holders = 0;
  maxHolders = 0;
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(async () => {
      this.maxHolders = Math.max(this.maxHolders, ++this.holders);
      try {
        return await fn();
      } finally {
        this.holders--;
      }
    });
    this.tail = next.catch(() => undefined);
    return next;
  }
}

describe('QdrantMentorIndex start-up and schema changes', () => {
  beforeAll(() => Logger.overrideLogger(['error']));

  it('two replicas starting at once: one creates the collection, the other proceeds (409 tolerated)', async () => {
    const alias = `race_${n++}`;
    const [a, b] = [index({ collection: alias }), index({ collection: alias })];
    standIn.holdUntil(/^PUT \/collections\/\{collection_name\}$/, 2);
    const created = await Promise.all([a.init(), b.init()]);
    expect(created.sort()).toEqual([false, true]);
    expect(standIn.requests.filter((r) => r.route === 'PUT /collections/{collection_name}' && r.path.endsWith(a.collection))).toHaveLength(2);
    await a.upsert(CORPUS);
    expect((await b.search({ query: 'python django' })).items[0]!.id).toBe('py-django');
  });

  it('a schema change builds a new collection beside the running one and moves the alias once filled', async () => {
    const alias = `schema_${n++}`;
    const lock = new MemoryLock();
    const running = index({ collection: alias, migrationLock: lock });
    expect(await running.init()).toBe(true);
    await running.upsert(CORPUS);
    await running.reconciled();
    expect(standIn.aliases.get(alias)).toBe(running.collection);

    // A new version with another embedding dimension starts while the old replica keeps serving.
    const next = new MentorEncoder(new BuiltinEmbedder({ dimension: 128 }), DEFAULT_RANKING);
    const [upgraded, sibling] = [index({ collection: alias, migrationLock: lock }, next), index({ collection: alias, migrationLock: lock }, next)];
    const created = await Promise.all([upgraded.init(), sibling.init()]);
    expect(created.sort()).toEqual([false, true]);
    expect(upgraded.collection).not.toBe(running.collection);
    expect(standIn.aliases.get(alias)).toBe(running.collection); // not filled yet
    await upgraded.upsert(CORPUS);
    await Promise.all([upgraded.reconciled(), sibling.reconciled()]);
    expect(standIn.aliases.get(alias)).toBe(upgraded.collection);
    expect(lock.maxHolders).toBe(1);

    // The old replica still answers from its own collection, which is kept for it.
    expect((await running.search({ query: 'k8s' })).items[0]!.id).toBe('devops');
    expect(standIn.collections.has(running.collection)).toBe(true);
    // A restart of the new version finds its collection filled: nothing to create.
    expect(await index({ collection: alias, migrationLock: lock }, next).init()).toBe(false);
  });

  it('replaces an unversioned collection named like the alias', async () => {
    const alias = `legacy_${n++}`;
    standIn.collections.set(alias, { vectors: {}, points: new Map() });
    const i = index({ collection: alias });
    await i.init();
    await i.reconciled();
    expect(standIn.collections.has(alias)).toBe(false);
    expect(standIn.aliases.get(alias)).toBe(i.collection);
  });
});

describe('QdrantMentorIndex failures', () => {
  let i: QdrantMentorIndex;
  let errors: string[];
  beforeEach(async () => {
    errors = [];
    Logger.overrideLogger({ log: () => {}, warn: () => {}, debug: () => {}, verbose: () => {}, error: (m: unknown) => void errors.push(String(m)) });
    i = index({ timeoutMs: 300 });
    await i.init();
    await i.upsert(CORPUS);
  });
  afterAll(() => Logger.overrideLogger(['error']));

  it.each([500, 502, 503, 429])('HTTP %i is an outage: SearchIndexUnavailableError (retryable), not logged as a bug', async (status) => {
    standIn.fail({ route: /points\/query\/batch/, status });
    await expect(i.search({ query: 'python' })).rejects.toBeInstanceOf(SearchIndexUnavailableError);
    expect(errors).toEqual([]);
  });

  it('a 4xx is our bug: SearchIndexRequestError, logged as an error', async () => {
    standIn.fail({ route: /points\/query\/batch/, status: 400 });
    const error = await i.search({ query: 'python' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexRequestError);
    expect((error as SearchIndexRequestError).indexStatus).toBe(400);
    expect(errors.join('\n')).toMatch(/Qdrant refused query batch \(HTTP 400\)/);
  });

  it('no answer within the timeout is an outage', async () => {
    standIn.fail({ route: /points\/count/, status: 'hang' });
    const started = Date.now();
    await expect(i.search({})).rejects.toBeInstanceOf(SearchIndexUnavailableError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('writes fail the same way (a profile edit waits on them at most the timeout)', async () => {
    standIn.fail({ route: /PUT \/collections\/\{collection_name\}\/points/, status: 'hang' });
    await expect(i.upsert(CORPUS[0]!)).rejects.toBeInstanceOf(SearchIndexUnavailableError);
    standIn.fail({ route: /PUT \/collections\/\{collection_name\}\/points/, status: 503 });
    await expect(i.upsert(CORPUS[0]!)).rejects.toBeInstanceOf(SearchIndexUnavailableError);
  });

  it('an unreachable server is an outage', async () => {
    const down = new QdrantMentorIndex(encoder, { url: 'http://127.0.0.1:9', timeoutMs: 300 });
    await expect(down.search({ query: 'python' })).rejects.toBeInstanceOf(SearchIndexUnavailableError);
    expect((await down.health()).ok).toBe(false);
  });
});

describe('Qdrant requests', () => {
  it('every request the adapter sent matches the pinned client 1.15 request types', () => {
    const problems = checkQdrantRequests(standIn.requests);
    expect(problems).toEqual([]);
    expect(new Set(standIn.requests.map((r) => r.route)).size).toBeGreaterThanOrEqual(12);
  }, 60_000);

  it('the check catches an unknown field and a wrong type', () => {
    const bad = [
      { method: 'PUT', path: '/collections/x', route: 'PUT /collections/{collection_name}', body: { vectors: { d: { size: 3, distance: 'Dot' } }, metadata: { a: 1 } } },
      { method: 'POST', path: '/collections/x/points/count', route: 'POST /collections/{collection_name}/points/count', body: { exact: 'yes' } },
    ];
    expect(checkQdrantRequests(bad)).toHaveLength(2);
  }, 60_000);
});

describe('pointId', () => {
  it('derives a stable RFC 4122-shaped UUID from any id', () => {
    expect(pointId('m1')).toBe(pointId('m1'));
    expect(pointId('m1')).not.toBe(pointId('m2'));
    expect(pointId('anything at all')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
