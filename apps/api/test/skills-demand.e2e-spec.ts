import { SearchDemandService } from '../src/stats/search-demand.service.js';
import { aMentor, aStudent, type Actor, theAdmin, WITH_ADMIN } from './support/factories.js';
import { insertRequests } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ ...WITH_ADMIN, STATS_CACHE_TTL_SECONDS: '0' });
});
afterAll(() => t.close());

/**
 * Hand-computed, today only, every search through GET /api/mentors (first pages):
 *   Mentors: P1 python (accepting); P2 питон + моя-библиотека (not accepting); K kotlin.
 *   Requests today: S1→P1, S2→P2.
 *   Searches: skills=Python; query=питон; query=rust; query="хочу выучить haskell"; query=rust&limit=1 and its next page (not counted).
 * python/питон is one row (2 mentors, 1 available, 2 requests, 2 searches); rust and haskell are
 * unmet (searched, no mentor); моя-библиотека is a free tag (no concept) with its own row.
 */
describe('supply vs demand keyed by concept (hand-computed)', () => {
  let admin: Actor, P1: Actor, P2: Actor, K: Actor;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    admin = await theAdmin(t.http);
    P1 = await aMentor(t.http, { skills: ['python'] });
    P2 = await aMentor(t.http, { skills: ['питон', 'моя-библиотека'], acceptingRequests: false });
    K = await aMentor(t.http, { skills: ['kotlin'] });
    const [S1, S2] = [await aStudent(t.http), await aStudent(t.http)];
    await insertRequests(t, [
      { studentId: S1.id, mentorId: P1.id, status: 'pending' },
      { studentId: S2.id, mentorId: P2.id, status: 'pending' },
    ]);
    for (const qs of ['skills=Python', `query=${encodeURIComponent('питон')}`, 'query=rust', `query=${encodeURIComponent('хочу выучить haskell')}`]) {
      await t.http.get(`/api/mentors?${qs}`).expect(200);
    }
    const first = await t.http.get('/api/mentors?query=rust&limit=1').expect(200);
    if (first.body.nextCursor) await t.http.get(`/api/mentors?query=rust&limit=1&cursor=${first.body.nextCursor}`).expect(200);
    await t.app.get(SearchDemandService).flush();
  });

  it('one row per concept whatever the spelling, free tags apart, unmet demand flagged', async () => {
    const res = await t.http.get(`/api/stats?from=${today}&to=${today}`).set(admin.auth).expect(200);
    const concept = (id: string, en: string, ru: string) => ({ id, labels: { en, ru } });
    const rust = { skill: 'rust', concept: concept('rust', 'Rust', 'Rust'), aliases: ['rust'], mentors: 0, availableMentors: 0, requested: 0, searched: 2, unmet: true };
    const haskell = { skill: 'haskell', concept: concept('haskell', 'Haskell', 'Haskell'), aliases: ['haskell'], mentors: 0, availableMentors: 0, requested: 0, searched: 1, unmet: true };
    expect(res.body.skills).toEqual([
      { skill: 'python', concept: concept('python', 'Python', 'Python'), aliases: ['python', 'питон'], mentors: 2, availableMentors: 1, requested: 2, searched: 2, unmet: false },
      rust,
      { skill: 'моя-библиотека', concept: null, aliases: ['моя-библиотека'], mentors: 1, availableMentors: 0, requested: 1, searched: 0, unmet: false },
      haskell,
      { skill: 'kotlin', concept: concept('kotlin', 'Kotlin', 'Kotlin'), aliases: ['kotlin'], mentors: 1, availableMentors: 1, requested: 0, searched: 0, unmet: false },
    ]);
    expect(res.body.unmetDemand).toEqual([rust, haskell]);
    void K;
  });
});
