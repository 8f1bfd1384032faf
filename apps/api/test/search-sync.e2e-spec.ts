import { jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { browseKeyset, MentorIndex, SearchService } from '@app/search';
import { RedisProcess, waitFor } from '../../../libs/events/src/testing/redis-process.js';
import { DataSource } from 'typeorm';
import { MentorEntity } from '../src/mentors/mentor.entity.js';
import { MentorRowsRepository } from '../src/search/mentor-rows.repository.js';
import { SearchIndexSync } from '../src/search/search-index.sync.js';
import { aMentor, expectProblem } from './support/factories.js';
import { serverUrl } from './support/databases.js';
import { startAppProcess } from './support/app-process.js';
import { createTestApp, TEST_ENV, type TestApp } from './support/test-app.js';

interface Hit {
  mentor: { id: string; expertise: string };
  score: number;
}
interface Page {
  items: Hit[];
  nextCursor: string | null;
}

const shared = serverUrl() ? describe : describe.skip;
if (!serverUrl()) process.stdout.write('search-sync: replicas and restarts need DATABASE_URL (PostgreSQL); skipped\n');

const ids = (page: Page): string[] => page.items.map((h) => h.mentor.id);

async function sql(databaseUrl: string, text: string, params: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text, params);
  } finally {
    await client.end();
  }
}

shared('index sync that heals', () => {
  let redis: RedisProcess;
  let a: TestApp;
  beforeAll(async () => {
    redis = await RedisProcess.start();
    a = await createTestApp({ REDIS_URL: redis.url });
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await redis?.kill();
  });

  it('another app process catches up from PostgreSQL once Redis is back, for changes whose messages were lost', async () => {
    const m = await aMentor(a.http, { name: 'Outage Mentor', skills: ['cobol'], expertise: 'Mainframes' });
    // B only hears of changes through the bus (its periodic catch-up is an hour away).
    const b = await startAppProcess({ env: { ...TEST_ENV, DATABASE_URL: a.databaseUrl, REDIS_URL: redis.url, SEARCH_SYNC_INTERVAL_MS: '3600000' } });
    const onB = async (q: string): Promise<string[]> => ids((await (await fetch(`${b.url}/api/mentors?query=${q}`)).json()) as Page);
    try {
      await waitFor(async () => (await fetch(`${b.url}/api/health/ready`)).ok, 30_000, 'B ready');
      expect(await onB('cobol')).toContain(m.id);

      await redis.kill();
      // Changed on A while Redis is down: A's announcement is lost.
      await a.http.patch(`/api/mentors/${m.id}`).set(m.auth).send({ skills: ['erlang'], expertise: 'Telecom switches' }).expect(200);
      expect(ids((await a.http.get('/api/mentors?query=erlang')).body as Page)).toContain(m.id);
      expect(await onB('erlang')).not.toContain(m.id);

      await redis.start();
      await waitFor(async () => (await onB('erlang')).includes(m.id), 15_000, 'B to catch up after Redis came back');
      expect(await onB('cobol')).not.toContain(m.id);
    } finally {
      await b.stop();
    }
  }, 90_000);
});

shared('restarts from a snapshot', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'search-snapshot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the snapshot and finds the changes made while the app was down (a stale snapshot)', async () => {
    const env = { SEARCH_SNAPSHOT_PATH: join(dir, 'mentors.snapshot') };
    const first = await createTestApp(env);
    const databaseUrl = first.databaseUrl!;
    const [kept, edited, deleted] = [
      await aMentor(first.http, { name: 'Kept', skills: ['ocaml'], expertise: 'Compilers' }),
      await aMentor(first.http, { name: 'Edited', skills: ['pascal'], expertise: 'Teaching' }),
      await aMentor(first.http, { name: 'Deleted', skills: ['ada'], expertise: 'Avionics' }),
    ];
    // Closing writes the snapshot.
    await first.app.close();

    // While no app runs: an edit, a deletion (the account goes, the profile with it).
    await sql(databaseUrl, `UPDATE mentors SET skills = '{smalltalk}', expertise = 'Live objects' WHERE id = $1`, [edited.id]);
    await sql(databaseUrl, 'DELETE FROM accounts WHERE id = $1', [deleted.id]);

    const reconcile = jest.spyOn(SearchService.prototype, 'reconcile');
    const second = await createTestApp({ ...env, DATABASE_URL: databaseUrl });
    try {
      // Restored, not rebuilt: no full pass over the mentors.
      expect(reconcile).not.toHaveBeenCalled();
      const search = async (q: string): Promise<string[]> => ids((await second.http.get(`/api/mentors?query=${q}`)).body as Page);
      expect(await search('ocaml')).toContain(kept.id);
      expect(await search('smalltalk')).toContain(edited.id);
      expect(await search('pascal')).not.toContain(edited.id);
      expect(await search('ada')).not.toContain(deleted.id);
      expect(await second.app.get(MentorIndex).count()).toBe(2);
    } finally {
      reconcile.mockRestore();
      await second.app.close();
      await sql(serverUrl()!, `DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
    }
  }, 60_000);
});

shared('browsing from PostgreSQL (index not ready or unreachable)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const made = [];
    for (let i = 0; i < 9; i++) made.push(await aMentor(t.http, { name: `Browse ${i}`, skills: i % 2 ? ['go'] : ['rust'], languages: i % 3 ? ['en'] : ['ru'], capacity: i === 4 ? 0 : 5, acceptingRequests: i !== 7 }));
    // Ratings straight in the table (as the ratings feature stores them); the index follows the change feed.
    for (const [i, count, sum] of [[1, 3, 15], [2, 10, 31], [5, 1, 1], [7, 4, 20]] as const) {
      await sql(t.databaseUrl!, 'UPDATE mentors SET rating_count = $2::int, rating_sum = $3::int, rating_score = (17.5 + $3::int) / (5 + $2::int) WHERE id = $1', [made[i]!.id, count, sum]);
    }
    await t.app.get(SearchIndexSync).catchUp();
  }, 60_000);
  afterAll(() => t?.close());

  const pages = async (qs: string): Promise<Hit[]> => {
    const hits: Hit[] = [];
    let cursor: string | null = null;
    do {
      const page = (await t.http.get(`/api/mentors?limit=2&${qs}${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body as Page;
      hits.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return hits;
  };
  const fromDatabase = async <T>(fn: () => Promise<T>): Promise<T> => {
    const search = jest.spyOn(t.app.get(MentorIndex), 'search').mockRejectedValue(new Error('the mentor index thread is restarting'));
    try {
      return await fn();
    } finally {
      search.mockRestore();
    }
  };

  it('reads a mentor row by the entity\'s own column list exactly as TypeORM hydrates it', async () => {
    const typeorm = await t.app.get(DataSource).getRepository(MentorEntity).find({ order: { id: 'ASC' } });
    const raw = await t.app.get(MentorRowsRepository).findByIds(typeorm.map((m) => m.id));
    expect(raw.sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(typeorm);
  });

  it('answers the same order, scores and cursors as the index', async () => {
    for (const qs of ['', 'acceptingOnly=true', 'language=ru', 'skills=go']) {
      const index = (await pages(qs)).map((h) => [h.mentor.id, h.score]);
      expect(index.length).toBeGreaterThan(0);
      expect((await fromDatabase(() => pages(qs))).map((h) => [h.mentor.id, h.score])).toEqual(index);
    }
    // A cursor of one continues on the other.
    const first = (await t.http.get('/api/mentors?limit=3').expect(200)).body as Page;
    const next = await fromDatabase(async () => (await t.http.get(`/api/mentors?limit=3&cursor=${first.nextCursor}`).expect(200)).body as Page);
    expect([...ids(first), ...ids(next)]).toEqual((await pages('')).slice(0, 6).map((h) => h.mentor.id));
  });

  it('a crafted cursor of the index\'s format is a 400 there too, never a database error', async () => {
    const crafted = browseKeyset({ limit: 3 }).cursorAfter({ key: 1, id: 'not-a-uuid' }, 3);
    expectProblem(await fromDatabase(() => t.http.get(`/api/mentors?limit=3&cursor=${crafted}`)), 400, 'INVALID_CURSOR');
  });

  it('a deleted account leaves the index and the fallback (its row stays, anonymised)', async () => {
    const gone = await aMentor(t.http, { name: 'Leaving Mentor', skills: ['fortran'] });
    const before = await t.app.get(MentorIndex).count();
    await t.http.delete(`/api/mentors/${gone.id}`).set(gone.auth).send({ password: gone.password }).expect(204);
    await t.app.get(SearchIndexSync).catchUp();
    expect(await t.app.get(MentorIndex).count()).toBe(before - 1);
    expect(ids((await t.http.get('/api/mentors?limit=100').expect(200)).body as Page)).not.toContain(gone.id);
    expect(ids(await fromDatabase(async () => (await t.http.get('/api/mentors?limit=100').expect(200)).body as Page))).not.toContain(gone.id);
  });
});
