import { jest } from '@jest/globals';
import { MentorIndex } from '@app/search';
import { MentorSearchSync } from '../src/mentors/mentor-search.sync.js';
import { SearchDemandService } from '../src/stats/search-demand.service.js';
import { aMentor, aStudent, expectProblem, theAdmin, WITH_ADMIN } from './support/factories.js';
import { serverUrl } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const mentors = {
    python: { name: 'Pavel ML', expertise: 'Machine learning engineer', skills: ['python', 'machine learning', 'pytorch'], languages: ['ru', 'en'], bio: 'Помогаю разобраться в машинном обучении на Python.' },
    java: { name: 'Jane Java', expertise: 'Backend in Java', skills: ['java', 'spring', 'kafka'], languages: ['en'], bio: 'Enterprise Java services.' },
    js: { name: 'Jim Front', expertise: 'Frontend developer', skills: ['javascript', 'react', 'typescript'], languages: ['en'], bio: 'React apps and TypeScript.' },
    design: { name: 'Dina Systems', expertise: 'System design and distributed systems', skills: ['system design', 'distributed systems', 'kafka'], languages: ['en', 'ru'], bio: 'I help people prepare for system design interviews.' },
    full: { name: 'Fiona Full', expertise: 'Machine learning', skills: ['python', 'machine learning'], languages: ['en'], capacity: 0, bio: 'Currently full.' },
  };
  for (const [key, fields] of Object.entries(mentors)) ids[key] = (await aMentor(t.http, fields)).id;
});
afterAll(() => t.close());

type Hit = { mentor: { id: string; name: string }; score: number; matched: string[] };
const search = async (qs: string): Promise<{ items: Hit[]; nextCursor: string | null; total: number }> => {
  const res = await t.http.get(`/api/mentors?${qs}`);
  expect(res.status).toBe(200);
  return res.body;
};

describe('GET /api/mentors?query=', () => {
  it('ranks by meaning in Russian, with the matched skills and a finite score', async () => {
    const page = await search(`query=${encodeURIComponent('хочу разобраться в ML на питоне')}`);
    expect(page.items[0]!.mentor.id).toBe(ids.python);
    expect(page.items[0]!.matched).toEqual(expect.arrayContaining(['python']));
    for (const hit of page.items) expect(Number.isFinite(hit.score)).toBe(true);
  });

  it('ranks English queries and keeps Java apart from JavaScript', async () => {
    expect((await search('query=system%20design%20interview%20prep')).items[0]!.mentor.id).toBe(ids.design);
    expect((await search('query=java')).items[0]!.mentor.id).toBe(ids.java);
    expect((await search('query=js%20react')).items[0]!.mentor.id).toBe(ids.js);
  });

  it('sinks mentors at capacity, or filters them out with acceptingOnly', async () => {
    const all = (await search('query=machine%20learning%20python')).items.map((h) => h.mentor.id);
    expect(all.indexOf(ids.full!)).toBeGreaterThan(all.indexOf(ids.python!));
    const open = (await search('query=machine%20learning%20python&acceptingOnly=true')).items.map((h) => h.mentor.id);
    expect(open).not.toContain(ids.full);
  });

  it('filters by skills and language inside the index', async () => {
    const kafka = (await search('skills=kafka')).items.map((h) => h.mentor.id);
    expect(kafka.sort()).toEqual([ids.java, ids.design].sort());
    const ruKafka = (await search('skills=kafka&language=ru')).items.map((h) => h.mentor.id);
    expect(ruKafka).toEqual([ids.design]);
  });

  it('a profile edit changes the results at once', async () => {
    const m = await aMentor(t.http, { name: 'Late Bloomer', skills: ['cobol', 'haskell'], expertise: 'Mainframes' });
    // Shown once, so the row is in the replica's cache of mentor rows.
    expect((await search('query=cobol')).items[0]!.mentor).toMatchObject({ id: m.id, expertise: 'Mainframes' });
    await t.http.patch(`/api/mentors/${m.id}`).set(m.auth).send({ skills: ['haskell', 'functional programming'], expertise: 'Haskell and type theory' }).expect(200);
    expect((await search('query=haskell')).items[0]!.mentor).toMatchObject({ id: m.id, expertise: 'Haskell and type theory', skills: ['haskell', 'functional programming'] });
    expect((await search('query=cobol')).items.map((h) => h.mentor.id)).not.toContain(m.id);
    await t.http.patch(`/api/mentors/${m.id}`).set(m.auth).send({ acceptingRequests: false }).expect(200);
    expect((await search('query=haskell&acceptingOnly=true')).items.map((h) => h.mentor.id)).not.toContain(m.id);
  });

  it('pages a query without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search(`query=engineer%20developer%20systems&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((h) => h.mentor.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([
    ['empty', 'query='],
    ['stop words only', `query=${encodeURIComponent('the and of и в на')}`],
    ['emoji only', `query=${encodeURIComponent('🚀🔥🤖')}`],
    ['SQL injection', `query=${encodeURIComponent("'; DROP TABLE mentors; --")}`],
    ['JSON injection', `query=${encodeURIComponent('{"$gt": ""}')}`],
    ['a long query', `query=${encodeURIComponent('python '.repeat(70))}`],
    ['control characters', `query=${encodeURIComponent('py\u0001th\u0007on')}`],
  ])('answers 200 to %s', async (_, qs) => {
    const page = await search(qs);
    for (const hit of page.items) expect(Number.isFinite(hit.score)).toBe(true);
  });

  it('refuses a cursor from another search', async () => {
    const page = await search('query=python&limit=1');
    expect(page.nextCursor).toBeTruthy();
    expectProblem(await t.http.get(`/api/mentors?query=java&limit=1&cursor=${page.nextCursor}`), 400, 'INVALID_CURSOR');
  });

  it('shows contacts in hits only to those allowed', async () => {
    const s = await aStudent(t.http);
    const page = await t.http.get('/api/mentors?query=python').set(s.auth);
    expect(page.body.items[0].mentor.contacts).toBeNull();
  });
});

const sharedDatabase = serverUrl() ? it : it.skip;
if (!serverUrl()) process.stdout.write('search: two instances on one database need DATABASE_URL (PGlite is per process); skipped\n');

describe('index synchronisation', () => {
  sharedDatabase('a new instance on the same database rebuilds its index at start-up', async () => {
    const other = await createTestApp({ DATABASE_URL: t.databaseUrl });
    try {
      const res = await other.http.get(`/api/mentors?query=${encodeURIComponent('машинное обучение')}`);
      expect(res.body.items[0].mentor.id).toBe(ids.python);
      const ready = await other.http.get('/api/health/ready');
      expect(ready.body.checks.search).toMatchObject({ status: 'up' });
    } finally {
      await other.app.close();
    }
  });
});

describe('a lost index (its thread died and came back empty)', () => {
  it('is rebuilt from PostgreSQL, and lists come from PostgreSQL meanwhile', async () => {
    const own = await createTestApp({ DATABASE_URL: t.databaseUrl });
    try {
      const index = own.app.get(MentorIndex);
      const before = await index.count();
      await index.clear();
      // What ThreadedMentorIndex does when it restarts a dead thread.
      (index as unknown as { contentsLost(): void }).contentsLost();
      expect(own.app.get(MentorSearchSync).ready).toBe(false);
      const browse = await own.http.get('/api/mentors').expect(200);
      expect(browse.body.items.length).toBeGreaterThan(0);
      await own.app.get(MentorSearchSync).whenReady();
      const res = await own.http.get(`/api/mentors?query=${encodeURIComponent('машинное обучение')}`).expect(200);
      expect(res.body.items[0].mentor.id).toBe(ids.python);
      expect(await index.count()).toBe(before);
    } finally {
      await own.app.close();
    }
  });
});

describe('an unreachable index (Qdrant down, the index thread restarting)', () => {
  it('answers a text search with a retryable 503 and browses from PostgreSQL, never a 500', async () => {
    const index = t.app.get(MentorIndex);
    const search = jest.spyOn(index, 'search').mockRejectedValue(new Error('the mentor index thread is restarting after: exit code 1'));
    try {
      const res = await t.http.get('/api/mentors?query=python');
      expectProblem(res, 503, 'SEARCH.UNAVAILABLE');
      const browse = await t.http.get('/api/mentors').expect(200);
      expect(browse.body.items.length).toBeGreaterThan(0);
    } finally {
      search.mockRestore();
    }
    expect((await t.http.get('/api/mentors?query=python').expect(200)).body.items.length).toBeGreaterThan(0);
  });
});

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) process.stdout.write('search: the cross-replica index suite needs REDIS_URL; skipped\n');
(redisUrl && serverUrl() ? describe : describe.skip)('in-process indexes on several replicas', () => {
  it('a profile edit on one replica reaches the index of another through Redis', async () => {
    const a = await createTestApp({ DATABASE_URL: t.databaseUrl });
    const b = await createTestApp({ DATABASE_URL: t.databaseUrl });
    try {
      const m = await aMentor(a.http, { name: 'Replica Mentor', skills: ['fortran'], expertise: 'Numerics' });
      const found = async (app: TestApp, q: string) => ((await app.http.get(`/api/mentors?query=${q}`)).body.items as Hit[]).some((h) => h.mentor.id === m.id);
      const eventually = async (check: () => Promise<boolean>) => {
        for (let i = 0; i < 40; i++) if (await check()) return true;
        else await new Promise((r) => setTimeout(r, 50));
        return false;
      };
      expect(await eventually(() => found(b, 'fortran'))).toBe(true);
      await a.http.patch(`/api/mentors/${m.id}`).set(m.auth).send({ skills: ['elixir'], expertise: 'Elixir and OTP' }).expect(200);
      expect(await eventually(() => found(b, 'elixir'))).toBe(true);
      expect(await found(b, 'fortran')).toBe(false);
      // B showed (and cached) the old row; the change reached its cache too.
      const shown = ((await b.http.get('/api/mentors?query=elixir')).body.items as { mentor: { id: string; expertise: string } }[]).find((h) => h.mentor.id === m.id);
      expect(shown?.mentor.expertise).toBe('Elixir and OTP');
    } finally {
      await Promise.all([a.app.close(), b.app.close()]);
    }
  });
});

describe('demo seed', () => {
  it('seeded mentors are searchable at once (regression: the seed bypassed the index)', async () => {
    const seeded = await createTestApp({ SEED_DEMO: 'true' });
    try {
      const page = (await seeded.http.get(`/api/mentors?query=${encodeURIComponent('kubernetes terraform')}&limit=5`)).body;
      expect(page.total).toBeGreaterThan(5);
      expect(page.items[0].matched.length).toBeGreaterThan(0);
      const ready = await seeded.http.get('/api/health/ready');
      expect(ready.body.checks.search.backend).toMatch(/300 mentors/);
    } finally {
      await seeded.close();
    }
  });
});

describe('search demand', () => {
  it('searches count towards the skills students search for in the admin statistics', async () => {
    const withAdmin = await createTestApp(WITH_ADMIN);
    try {
      await aMentor(withAdmin.http, { skills: ['rust', 'webassembly'], expertise: 'Systems programming' });
      await withAdmin.http.get(`/api/mentors?query=${encodeURIComponent('learn rust')}`).expect(200);
      await withAdmin.http.get('/api/mentors?skills=webassembly').expect(200);
      await withAdmin.app.get(SearchDemandService).flush();
      const admin = await theAdmin(withAdmin.http);
      const stats = await withAdmin.http.get('/api/stats').set(admin.auth).expect(200);
      const bySkill = new Map((stats.body.skills as { skill: string; searched: number }[]).map((s) => [s.skill, s.searched]));
      expect(bySkill.get('rust')).toBe(1);
      expect(bySkill.get('webassembly')).toBe(1);
    } finally {
      await withAdmin.close();
    }
  });
});
