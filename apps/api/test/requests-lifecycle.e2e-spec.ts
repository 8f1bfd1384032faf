import { type Actor, aMentor, aRequestIn, aStudent, expectProblem, type RequestState, setStatus, theAdmin, WITH_ADMIN } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Actor;
let otherStudent: Actor;
let otherMentor: Actor;
beforeAll(async () => {
  t = await createTestApp(WITH_ADMIN);
  [admin, otherStudent, otherMentor] = await Promise.all([theAdmin(t.http), aStudent(t.http), aMentor(t.http)]);
});
afterAll(() => t.close());

// The SPEC's lifecycle, written out independently of the implementation: who may make each move.
const ALLOWED: Record<string, string[]> = {
  'pending→accepted': ['mentor'],
  'pending→rejected': ['mentor'],
  'pending→cancelled': ['student', 'admin'],
  'accepted→completed': ['student', 'mentor'],
  'accepted→cancelled': ['student', 'mentor', 'admin'],
};
const STATES: RequestState[] = ['pending', 'accepted', 'rejected', 'cancelled', 'completed'];
const TARGETS = ['pending', 'accepted', 'rejected', 'cancelled', 'completed'];
const CALLERS = ['student', 'mentor', 'admin', 'otherStudent', 'otherMentor', 'anonymous'] as const;

function expected(from: string, to: string, caller: (typeof CALLERS)[number]): number {
  if (caller === 'anonymous') return 401;
  if (caller === 'otherStudent' || caller === 'otherMentor') return 404;
  const who = ALLOWED[`${from}→${to}`];
  if (!who) return 409;
  return who.includes(caller) ? 200 : 403;
}

describe('the lifecycle, every transition by every kind of caller', () => {
  const cases = STATES.flatMap((from) => TARGETS.flatMap((to) => CALLERS.map((caller) => [from, to, caller, expected(from, to, caller)] as const)));

  it.each(cases)('%s → %s by %s answers %i', async (from, to, caller, status) => {
    const r = await aRequestIn(t.http, from);
    const actors: Record<string, Actor | undefined> = { student: r.student, mentor: r.mentor, admin, otherStudent, otherMentor, anonymous: undefined };
    const res = await setStatus(t.http, actors[caller], r.id, to, 'a note');
    if (status === 200) {
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: r.id, status: to, note: 'a note', studentName: 'Stu Dent', mentorName: 'Men Tor' });
      expect(res.body.closedAt === null).toBe(to === 'accepted');
      return;
    }
    expectProblem(res, status, { 401: 'AUTH.INVALID_TOKEN', 403: 'REQUEST.TRANSITION_NOT_YOURS', 404: 'REQUEST.NOT_FOUND', 409: 'REQUEST.INVALID_TRANSITION' }[status]);
    if (status === 409 || status === 403) {
      expect(res.body).toMatchObject({ from, to, allowed: expect.any(Array) });
    }
    // Nothing changed.
    expect((await t.http.get(`/api/request/${r.id}`).set(r.student.auth)).body.status).toBe(from);
  });

  it('a refused transition names the allowed ones', async () => {
    const r = await aRequestIn(t.http, 'pending');
    const res = await setStatus(t.http, r.mentor, r.id, 'completed');
    expectProblem(res, 409, 'REQUEST.INVALID_TRANSITION');
    expect(res.body.allowed).toEqual(['accepted', 'rejected']);
    expect(res.body.detail).toMatch(/accepted \(by mentor\).*rejected \(by mentor\).*cancelled \(by student or admin\)/);
    const closed = await aRequestIn(t.http, 'completed');
    const again = await setStatus(t.http, closed.student, closed.id, 'cancelled');
    expectProblem(again, 409, 'REQUEST.INVALID_TRANSITION');
    expect(again.body).toMatchObject({ allowed: [], detail: expect.stringMatching(/final/) });
  });

  it('responses tell each party what they may do next', async () => {
    const r = await aRequestIn(t.http, 'pending');
    expect((await t.http.get(`/api/request/${r.id}`).set(r.mentor.auth)).body.allowedTransitions).toEqual(['accepted', 'rejected']);
    expect((await t.http.get(`/api/request/${r.id}`).set(r.student.auth)).body.allowedTransitions).toEqual(['cancelled']);
    expect((await t.http.get(`/api/request/${r.id}`).set(admin.auth)).body.allowedTransitions).toEqual(['cancelled']);
  });

  it('stamps respondedAt on the answer and closedAt on closing', async () => {
    const r = await aRequestIn(t.http, 'pending');
    const accepted = await setStatus(t.http, r.mentor, r.id, 'accepted');
    expect(accepted.body).toMatchObject({ respondedAt: expect.any(String), closedAt: null });
    const done = await setStatus(t.http, r.mentor, r.id, 'completed');
    expect(done.body).toMatchObject({ respondedAt: accepted.body.respondedAt, closedAt: expect.any(String), note: null });
  });
});
