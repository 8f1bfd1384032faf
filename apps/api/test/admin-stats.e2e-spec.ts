import { SearchDemandService } from '../src/stats/search-demand.service.js';
import { aMentor, aStudent, type Actor, expectProblem, theAdmin, WITH_ADMIN } from './support/factories.js';
import { insertRequests, sql, withinOnePercent } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ ...WITH_ADMIN, STATS_CACHE_TTL_SECONDS: '0' });
});
afterAll(() => t.close());

/**
 * Hand-computed fixture, range Mon 2026-02-02 .. Tue 2026-02-10 (UTC; ISO weeks 02-02 and 02-09).
 *   Sign-ups: S1 02-02, M1 02-02, S2 02-03, M2 02-09 (M3 and the admin: today, outside).
 *   r1 S1→M1 created 02-02 12:00, answered +100 s, accepted.
 *   r2 S2→M1 created 02-03 00:00, answered +300 s, rejected.
 *   r3 S1→M2 created 02-03 10:00, answered 02-04 10:00 (+86400 s), completed 02-09 08:00.
 *   r4 S2→M2 created 02-10 09:00, pending.
 *   Searches: 02-02 ['js'], 02-02 ['JavaScript', 'rust'], 02-04 [], 02-09 ['rust'], 01-01 ['python'] (outside).
 *   Skills: M1 js, react; M2 javascript, go; M3 golang.
 */
describe('admin time series, canonical skills and CSV (hand-computed)', () => {
  let admin: Actor;
  let M1: Actor, M2: Actor, M3: Actor;
  const RANGE = 'from=2026-02-02&to=2026-02-10';

  beforeAll(async () => {
    admin = await theAdmin(t.http);
    const [S1, S2] = [await aStudent(t.http), await aStudent(t.http)];
    M1 = await aMentor(t.http, { skills: ['js', 'react'] });
    M2 = await aMentor(t.http, { skills: ['javascript', 'go'] });
    M3 = await aMentor(t.http, { skills: ['golang'] });
    for (const [who, at] of [[S1, '2026-02-02T10:00:00Z'], [S2, '2026-02-03T10:00:00Z'], [M1, '2026-02-02T11:00:00Z'], [M2, '2026-02-09T00:00:00Z']] as const) {
      await sql(t, 'UPDATE accounts SET created_at = $2 WHERE id = $1', [who.id, at]);
    }
    await insertRequests(t, [
      { studentId: S1.id, mentorId: M1.id, status: 'accepted', createdAt: '2026-02-02T12:00:00Z', respondedAt: '2026-02-02T12:01:40Z' },
      { studentId: S2.id, mentorId: M1.id, status: 'rejected', createdAt: '2026-02-03T00:00:00Z', respondedAt: '2026-02-03T00:05:00Z', closedAt: '2026-02-03T00:05:00Z' },
      { studentId: S1.id, mentorId: M2.id, status: 'completed', createdAt: '2026-02-03T10:00:00Z', respondedAt: '2026-02-04T10:00:00Z', closedAt: '2026-02-09T08:00:00Z' },
      { studentId: S2.id, mentorId: M2.id, status: 'pending', createdAt: '2026-02-10T09:00:00Z' },
    ]);
    const demand = t.app.get(SearchDemandService);
    demand.record(['js'], new Date('2026-02-02T08:00:00Z'));
    demand.record(['JavaScript', 'rust'], new Date('2026-02-02T09:00:00Z'));
    demand.record([], new Date('2026-02-04T09:00:00Z'));
    demand.record(['rust'], new Date('2026-02-09T09:00:00Z'));
    demand.record(['python'], new Date('2026-01-01T09:00:00Z'));
    await demand.flush();
  });

  const point = (date: string, p: Partial<Record<'students' | 'mentors' | 'searches' | 'created' | 'accepted' | 'completed', number>> & { median?: number | null } = {}) => ({
    date,
    signUps: { students: p.students ?? 0, mentors: p.mentors ?? 0, admins: 0 },
    searches: p.searches ?? 0,
    requestsCreated: p.created ?? 0,
    requestsAccepted: p.accepted ?? 0,
    requestsCompleted: p.completed ?? 0,
    medianResponseSeconds: p.median ? withinOnePercent(p.median) : null,
  });

  it('per day', async () => {
    const res = await t.http.get(`/api/stats/series?${RANGE}`).set(admin.auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      range: { from: '2026-02-02', to: '2026-02-10', days: 9 },
      interval: 'day',
      points: [
        point('2026-02-02', { students: 1, mentors: 1, searches: 2, created: 1, accepted: 1, median: 100 }),
        point('2026-02-03', { students: 1, created: 2, median: 300 }),
        point('2026-02-04', { searches: 1, accepted: 1, median: 86400 }),
        point('2026-02-05'),
        point('2026-02-06'),
        point('2026-02-07'),
        point('2026-02-08'),
        point('2026-02-09', { mentors: 1, searches: 1, completed: 1 }),
        point('2026-02-10', { created: 1 }),
      ],
    });
  });

  it('per ISO week', async () => {
    const res = await t.http.get(`/api/stats/series?${RANGE}&interval=week`).set(admin.auth);
    expect(res.body.points).toEqual([
      point('2026-02-02', { students: 2, mentors: 1, searches: 3, created: 3, accepted: 2, median: 300 }),
      point('2026-02-09', { mentors: 1, searches: 1, created: 1, completed: 1 }),
    ]);
  });

  it('supply vs demand by canonical skill, with unmet demand', async () => {
    const res = await t.http.get(`/api/stats?${RANGE}`).set(admin.auth);
    expect(res.status).toBe(200);
    expect(res.body.skills).toEqual([
      { skill: 'javascript', aliases: ['javascript', 'js'], mentors: 2, availableMentors: 2, requested: 4, searched: 2 },
      { skill: 'go', aliases: ['go', 'golang'], mentors: 2, availableMentors: 2, requested: 2, searched: 0 },
      { skill: 'react', aliases: ['react'], mentors: 1, availableMentors: 1, requested: 2, searched: 0 },
      { skill: 'rust', aliases: ['rust'], mentors: 0, availableMentors: 0, requested: 0, searched: 2 },
    ]);
    expect(res.body.unmetDemand).toEqual([{ skill: 'rust', aliases: ['rust'], mentors: 0, availableMentors: 0, requested: 0, searched: 2 }]);
    // The supply figure agrees with what the skills filter finds.
    const found = await t.http.get('/api/mentors?skills=js');
    expect(found.body.items.map((h: { mentor: { id: string } }) => h.mentor.id).sort()).toEqual([M1.id, M2.id].sort());
    void M3;
  });

  it('CSV export of the series and of the skills', async () => {
    const series = await t.http.get(`/api/stats/export.csv?${RANGE}&interval=week`).set(admin.auth);
    expect(series.status).toBe(200);
    expect(series.headers['content-type']).toMatch(/^text\/csv/);
    expect(series.headers['content-disposition']).toMatch(/attachment; filename="mentor-match-series.csv"/);
    const [header, week1, week2, end] = series.text.split('\r\n');
    expect([header, week2, end]).toEqual([
      'date,signups_students,signups_mentors,signups_admins,searches,requests_created,requests_accepted,requests_completed,median_response_seconds',
      '2026-02-09,0,1,0,1,1,0,1,',
      '',
    ]);
    expect(week1!.split(',').slice(0, -1).join(',')).toBe('2026-02-02,2,1,0,3,3,2,0');
    expect(Number(week1!.split(',').at(-1))).toEqual(withinOnePercent(300));
    const skills = await t.http.get(`/api/stats/export.csv?${RANGE}&table=skills`).set(admin.auth);
    expect(skills.text.split('\r\n').slice(0, 3)).toEqual(['skill,aliases,mentors,available_mentors,requested,searched,unmet', 'javascript,javascript js,2,2,4,2,false', 'go,go golang,2,2,2,0,false']);
    expectProblem(await t.http.get(`/api/stats/export.csv?${RANGE}&table=nope`).set(admin.auth), 400);
    expectProblem(await t.http.get(`/api/stats/series?${RANGE}`).set(M1.auth), 403);
    expectProblem(await t.http.get(`/api/stats/series?interval=month`).set(admin.auth), 400);
  });
});
