import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { MentorIndex, SearchService } from '@app/search';
import { MentorChangeFeed } from '../src/search/mentor-change-feed.js';
import { FEED_READER_TTL_MS, SearchIndexSync } from '../src/search/search-index.sync.js';
import { aMentor } from './support/factories.js';
import { serverUrl } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const shared = serverUrl() ? describe : describe.skip;
if (!serverUrl()) process.stdout.write('search-feed: the change feed tests need DATABASE_URL (PostgreSQL); skipped\n');

async function query<T>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const removals = async (databaseUrl: string): Promise<string[]> =>
  (await query<{ id: string }>(databaseUrl, 'SELECT mentor_id AS id FROM mentor_removals ORDER BY id')).map((r) => r.id);
const readers = async (databaseUrl: string): Promise<string[]> =>
  (await query<{ reader: string }>(databaseUrl, 'SELECT reader FROM search_feed_readers ORDER BY reader')).map((r) => r.reader);
/** As if the reader had not held its place for longer than the TTL. */
const silence = (databaseUrl: string, reader: string): Promise<unknown> =>
  query(databaseUrl, `UPDATE search_feed_readers SET seen_at = now() - make_interval(secs => $2::double precision / 1000 + 3600) WHERE reader = $1`, [reader, FEED_READER_TTL_MS]);

shared('the removal log is pruned below the oldest position a reader holds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(() => t?.close());

  it('keeps what a reader still needs, drops what every reader has passed, and forgets silent readers', async () => {
    const db = t.databaseUrl!;
    const feed = t.app.get(MentorChangeFeed);
    const sync = t.app.get(SearchIndexSync);
    const [a, b] = [await aMentor(t.http, { name: 'Gone First' }), await aMentor(t.http, { name: 'Gone Second' })];
    await query(db, 'DELETE FROM accounts WHERE id = $1', [a.id]);
    const between = await feed.position();
    await query(db, 'DELETE FROM accounts WHERE id = $1', [b.id]);
    expect(await removals(db)).toEqual(expect.arrayContaining([a.id, b.id]));

    // The app holds the position it rebuilt its index from (before both removals): nothing goes.
    expect(await feed.prune(FEED_READER_TTL_MS)).toBe(0);
    await sync.catchUp();
    // Now it holds its watermark (no snapshot: a restart rebuilds), and another reader holds `between`.
    const other = randomUUID();
    await feed.hold(other, between);
    await sync.keepFeed();
    expect(await removals(db)).not.toContain(a.id);
    expect(await removals(db)).toContain(b.id);
    expect(await feed.resume(other, between)).toBe(true);

    // The other reader falls silent: it no longer holds anything back, and cannot resume.
    await silence(db, other);
    await sync.keepFeed();
    expect(await removals(db)).not.toContain(b.id);
    expect(await readers(db)).not.toContain(other);
    expect(await feed.resume(other, between)).toBe(false);
    // A reader holding a later position than a snapshot's cannot resume that snapshot either.
    const later = randomUUID();
    await feed.hold(later, await feed.position());
    expect(await feed.resume(later, between)).toBe(false);
  }, 60_000);
});

shared('a snapshot older than the removal log kept', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'search-feed-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is rebuilt from PostgreSQL, not topped up, so a removal pruned while it was away is not missed', async () => {
    const env = { SEARCH_SNAPSHOT_PATH: join(dir, 'mentors.snapshot') };
    const first = await createTestApp(env);
    const db = first.databaseUrl!;
    const [kept, deleted] = [await aMentor(first.http, { name: 'Kept', skills: ['forth'] }), await aMentor(first.http, { name: 'Deleted', skills: ['snobol'] })];
    // Closing writes the snapshot (and holds its position in the feed).
    await first.app.close();
    const [snapshotReader] = await readers(db);

    // While it is away: a mentor is deleted, the snapshot's reader falls silent, another replica prunes.
    await query(db, 'DELETE FROM accounts WHERE id = $1', [deleted.id]);
    await silence(db, snapshotReader!);
    const other = await createTestApp({ DATABASE_URL: db });
    await other.app.get(SearchIndexSync).keepFeed();
    await other.app.close();
    expect(await removals(db)).not.toContain(deleted.id);

    const reconcile = jest.spyOn(SearchService.prototype, 'reconcile');
    const back = await createTestApp({ ...env, DATABASE_URL: db });
    try {
      expect(reconcile).toHaveBeenCalled();
      const found = async (q: string): Promise<string[]> => ((await back.http.get(`/api/mentors?query=${q}`)).body as { items: { mentor: { id: string } }[] }).items.map((h) => h.mentor.id);
      expect(await found('forth')).toContain(kept.id);
      expect(await found('snobol')).not.toContain(deleted.id);
      expect(await back.app.get(MentorIndex).count()).toBe(1);
    } finally {
      reconcile.mockRestore();
      await back.app.close();
      await query(serverUrl()!, `DROP DATABASE IF EXISTS "${new URL(db).pathname.slice(1)}" WITH (FORCE)`);
    }
  }, 90_000);
});
