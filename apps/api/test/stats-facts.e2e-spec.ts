import { StatsRepository } from '../src/stats/stats.repository.js';
import { aMentor, aRequest, aRequestIn, aStudent, setStatus, theAdmin, WITH_ADMIN } from './support/factories.js';
import { sql } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ ...WITH_ADMIN, STATS_CACHE_TTL_SECONDS: '0' });
});
afterAll(() => t.close());

type Fact = { metric: string; day: string; key: string; n: number };

/** The facts as the triggers kept them: folded counts and histograms plus deltas not folded yet. */
const kept = (): Promise<Fact[]> =>
  sql<Fact>(
    t,
    `SELECT metric, day::text, key, sum(n)::int AS n
       FROM (SELECT metric, day, key, n FROM stat_daily
             UNION ALL SELECT metric, day, key, n FROM stat_deltas
             UNION ALL SELECT h.metric, h.day, (c.i - 1)::text, c.n FROM stat_histograms h, unnest(h.counts) WITH ORDINALITY AS c(n, i)) f
      WHERE metric <> 'req.skill'
      GROUP BY metric, day, key HAVING sum(n) <> 0
      ORDER BY metric, day, key`,
  );

/** The same facts computed from scratch from the tables as they are now. */
const recomputed = (): Promise<Fact[]> =>
  sql<Fact>(
    t,
    `SELECT metric, day::text, key, sum(n)::int AS n
       FROM (SELECT f.* FROM mentorship_requests r, stat_request_facts(r) f
             UNION ALL SELECT f.* FROM mentors m, stat_mentor_facts(m) f
             UNION ALL SELECT f.* FROM accounts a, stat_account_facts(a) f) x
      GROUP BY metric, day, key HAVING sum(n) <> 0
      ORDER BY metric, day, key`,
  );

describe('statistics kept incrementally (triggers, deltas, folding)', () => {
  it('after every kind of change, concurrent ones included, the kept facts equal a recomputation, before and after folding', async () => {
    const admin = await theAdmin(t.http);
    // Every request state through the API, and requests sent concurrently to one mentor.
    for (const state of ['pending', 'accepted', 'rejected', 'cancelled', 'completed'] as const) await aRequestIn(t.http, state);
    const busy = await aMentor(t.http, { skills: ['python', 'sql'], capacity: 3 });
    const students = await Promise.all(Array.from({ length: 8 }, () => aStudent(t.http)));
    const sent = await Promise.all(students.map((s) => aRequest(t.http, s, busy)));
    await Promise.all(sent.slice(0, 5).map((r) => setStatus(t.http, busy, r.id, 'accepted')));
    // Profile changes that move supply and capacity, a backdated request, a suspension, a deletion.
    await t.http.patch(`/api/mentors/${busy.id}`).set(busy.auth).send({ skills: ['python', 'go'], acceptingRequests: false });
    await sql(t, `UPDATE mentorship_requests SET created_at = created_at - interval '40 days' WHERE id = $1`, [sent[6]!.id]);
    const abusive = await aMentor(t.http, { skills: ['rust'] });
    await aRequest(t.http, students[0]!, abusive);
    expect((await t.http.post(`/api/admin/accounts/${abusive.id}/suspend`).set(admin.auth)).status).toBe(200);
    expect((await t.http.delete(`/api/students/${students[7]!.id}`).set(admin.auth)).status).toBe(204);

    const expected = await recomputed();
    expect(expected.length).toBeGreaterThan(20);
    expect(await kept()).toEqual(expected);

    await t.app.get(StatsRepository).fold();
    expect(await sql(t, 'SELECT count(*)::int AS n FROM stat_deltas')).toEqual([{ n: 0 }]);
    expect(await kept()).toEqual(expected);
  });

  it('an update that changes no figure writes no delta', async () => {
    const { mentor, id } = await aRequestIn(t.http, 'accepted');
    await t.app.get(StatsRepository).fold();
    await t.http.post(`/api/request/${id}/messages`).set(mentor.auth).send({ text: 'See you on Monday.' });
    await sql(t, 'UPDATE mentorship_requests SET note = $2 WHERE id = $1', [id, 'a note']);
    expect(await sql(t, 'SELECT count(*)::int AS n FROM stat_deltas')).toEqual([{ n: 0 }]);
  });
});
