import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type Actor, aMentor, aRequest, aRequestIn, aStudent, expectProblem, setStatus, theAdmin, WITH_ADMIN } from './support/factories.js';
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

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** SQL through the app's own connection (PostgreSQL or the embedded PGlite): the truth the API must agree with. */
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => t.app.get(DataSource).query(text, params);

async function inbox(actor: Actor): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const res = await t.http.get('/api/notifications?limit=100').set(actor.auth);
  expect(res.status).toBe(200);
  return res.body.items;
}

describe('creating requests', () => {
  it('a student creates a pending request; the student id comes from the token', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http, { name: 'Ann' }), aMentor(t.http, { name: 'Bob' })]);
    const res = await t.http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message: '  I want to learn Go  ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ studentId: student.id, studentName: 'Ann', mentorId: mentor.id, mentorName: 'Bob', message: 'I want to learn Go', status: 'pending', note: null, respondedAt: null, closedAt: null });
    // A student id in the body is refused, not trusted.
    expectProblem(await t.http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message: 'x', studentId: otherStudent.id }), 400, 'VALIDATION_FAILED');
  });

  it('only students create', async () => {
    const mentor = await aMentor(t.http);
    const body = { mentorId: mentor.id, message: 'hello' };
    expectProblem(await t.http.post('/api/request').set(otherMentor.auth).send(body), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.post('/api/request').set(admin.auth).send(body), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.post('/api/request').send(body), 401);
  });

  it('only to an existing mentor who is accepting requests', async () => {
    const student = await aStudent(t.http);
    expectProblem(await t.http.post('/api/request').set(student.auth).send({ mentorId: NO_SUCH_ID, message: 'hi' }), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.post('/api/request').set(student.auth).send({ mentorId: otherStudent.id, message: 'hi' }), 404, 'MENTOR.NOT_FOUND');
    const closed = await aMentor(t.http, { acceptingRequests: false });
    expectProblem(await t.http.post('/api/request').set(student.auth).send({ mentorId: closed.id, message: 'hi' }), 409, 'MENTOR.NOT_ACCEPTING');
  });

  it('one open request per pair; a new one once the earlier is closed', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const first = await aRequest(t.http, student, mentor);
    const dup = await t.http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message: 'again' });
    expectProblem(dup, 409, 'REQUEST.DUPLICATE_OPEN');
    expect(dup.body.openRequestId).toBe(first.id);
    expect(dup.body.requestId).toBe(dup.headers['x-request-id']);
    await setStatus(t.http, mentor, first.id, 'accepted');
    expectProblem(await t.http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message: 'again' }), 409, 'REQUEST.DUPLICATE_OPEN');
    await setStatus(t.http, mentor, first.id, 'rejected').expect(409);
    await setStatus(t.http, student, first.id, 'completed').expect(200);
    const second = await aRequest(t.http, student, mentor, 'Round two');
    await setStatus(t.http, mentor, second.id, 'rejected').expect(200);
    // The original refused a student for ever after one refusal; here they may ask again.
    const third = await aRequest(t.http, student, mentor, 'Round three');
    expect(third.status).toBe('pending');
  });

  it('at most 5 pending per student, with a clear message; room again after a cancel', async () => {
    const student = await aStudent(t.http);
    const mentors = await Promise.all(Array.from({ length: 6 }, () => aMentor(t.http)));
    const created = [];
    for (const m of mentors.slice(0, 5)) created.push(await aRequest(t.http, student, m));
    const sixth = await t.http.post('/api/request').set(student.auth).send({ mentorId: mentors[5]!.id, message: 'one more' });
    expectProblem(sixth, 409, 'REQUEST.TOO_MANY_PENDING');
    expect(sixth.body).toMatchObject({ limit: 5, pending: 5, detail: expect.stringMatching(/at most 5/) });
    await setStatus(t.http, student, created[0]!.id, 'cancelled').expect(200);
    await aRequest(t.http, student, mentors[5]!);
    // Accepted requests are not pending: they do not count.
    await setStatus(t.http, mentors[1]!, created[1]!.id, 'accepted').expect(200);
    await aRequest(t.http, student, mentors[0]!);
  });
});

describe('capacity and active mentees', () => {
  it('accepting at capacity is a 409; closing an accepted request frees a place', async () => {
    const mentor = await aMentor(t.http, { capacity: 1 });
    const [a, b] = await Promise.all([aStudent(t.http), aStudent(t.http)]);
    const ra = await aRequest(t.http, a, mentor);
    const rb = await aRequest(t.http, b, mentor);
    await setStatus(t.http, mentor, ra.id, 'accepted').expect(200);
    expect((await t.http.get(`/api/mentors/${mentor.id}`)).body).toMatchObject({ activeMentees: 1, available: false });
    const full = await setStatus(t.http, mentor, rb.id, 'accepted');
    expectProblem(full, 409, 'MENTOR.AT_CAPACITY');
    expect(full.body).toMatchObject({ capacity: 1, activeMentees: 1 });
    await setStatus(t.http, a, ra.id, 'cancelled').expect(200);
    expect((await t.http.get(`/api/mentors/${mentor.id}`)).body.activeMentees).toBe(0);
    await setStatus(t.http, mentor, rb.id, 'accepted').expect(200);
    await setStatus(t.http, b, rb.id, 'completed').expect(200);
    expect((await t.http.get(`/api/mentors/${mentor.id}`)).body.activeMentees).toBe(0);
  });

  it('a mentor who stopped accepting new requests may still accept pending ones', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const r = await aRequest(t.http, student, mentor);
    await t.http.patch(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ acceptingRequests: false }).expect(200);
    await setStatus(t.http, mentor, r.id, 'accepted').expect(200);
  });

  it('students see the contacts of a mentor from acceptance on, and still after completion', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http, { telegram: 'mentor_tg' })]);
    const r = await aRequest(t.http, student, mentor);
    expect((await t.http.get(`/api/mentors/${mentor.id}`).set(student.auth)).body.contacts).toBeNull();
    await setStatus(t.http, mentor, r.id, 'accepted').expect(200);
    expect((await t.http.get(`/api/mentors/${mentor.id}`).set(student.auth)).body.contacts).toEqual({ email: mentor.email, telegram: 'mentor_tg' });
    expect((await t.http.get(`/api/mentors/${mentor.id}`).set(otherStudent.auth)).body.contacts).toBeNull();
    await setStatus(t.http, student, r.id, 'completed').expect(200);
    expect((await t.http.get(`/api/mentors/${mentor.id}`).set(student.auth)).body.contacts).toEqual({ email: mentor.email, telegram: 'mentor_tg' });
  });

  it('search pages show the contacts of each hit by the same rules (one page, several mentors)', async () => {
    const skill = `contact-rules-${randomUUID().slice(0, 8)}`;
    const [student, shown, hidden] = await Promise.all([aStudent(t.http), aMentor(t.http, { skills: [skill], telegram: 'shown_tg' }), aMentor(t.http, { skills: [skill], telegram: 'hidden_tg' })]);
    const r = await aRequest(t.http, student, shown);
    await setStatus(t.http, shown, r.id, 'accepted').expect(200);
    await aRequest(t.http, student, hidden);
    const contactsIn = async (path: string, actor?: Actor): Promise<Record<string, unknown>> => {
      const req = t.http.get(path);
      const res = await (actor ? req.set(actor.auth) : req);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const items = res.body.items as { mentor: { id: string; contacts: unknown } }[];
      expect(items.map((i) => i.mentor.id).sort()).toEqual([shown.id, hidden.id].sort());
      return Object.fromEntries(items.map((i) => [i.mentor.id, i.mentor.contacts]));
    };
    for (const path of [`/api/mentors?skills=${skill}`, `/api/mentors?query=${skill}&skills=${skill}`]) {
      expect(await contactsIn(path, student)).toEqual({ [shown.id]: { email: shown.email, telegram: 'shown_tg' }, [hidden.id]: null });
      expect(await contactsIn(path, otherStudent)).toEqual({ [shown.id]: null, [hidden.id]: null });
      expect(await contactsIn(path)).toEqual({ [shown.id]: null, [hidden.id]: null });
      expect(await contactsIn(path, hidden)).toEqual({ [shown.id]: null, [hidden.id]: { email: hidden.email, telegram: 'hidden_tg' } });
      expect(await contactsIn(path, admin)).toEqual({ [shown.id]: { email: shown.email, telegram: 'shown_tg' }, [hidden.id]: { email: hidden.email, telegram: 'hidden_tg' } });
    }
  });
});

describe('races', () => {
  it('50 concurrent accepts for a mentor with capacity 3: exactly 3 win, and the database agrees', async () => {
    const mentor = await aMentor(t.http, { capacity: 3 });
    const students = await Promise.all(Array.from({ length: 50 }, () => aStudent(t.http)));
    const requests = await Promise.all(students.map((s) => aRequest(t.http, s, mentor)));
    const answers = await Promise.all(requests.map((r) => setStatus(t.http, mentor, r.id, 'accepted')));
    const byStatus = answers.reduce<Record<number, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    expect(byStatus).toEqual({ 200: 3, 409: 47 });
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.code === 'MENTOR.AT_CAPACITY')).toBe(true);
    const [row] = await sql<{ accepted: string; active: number }>(
      `SELECT (SELECT count(*) FROM mentorship_requests WHERE mentor_id = $1 AND status = 'accepted') AS accepted,
              (SELECT active_mentees FROM mentors WHERE id = $1) AS active`,
      [mentor.id],
    );
    expect({ accepted: Number(row!.accepted), active: row!.active }).toEqual({ accepted: 3, active: 3 });
    const pending = await t.http.get(`/api/request/mentor/${mentor.id}?status=pending&limit=100`).set(mentor.auth);
    expect(pending.body.total).toBe(47);
  });

  it('20 concurrent creates for one pair: exactly one open request', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => t.http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message: `attempt ${i}` })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.code === 'REQUEST.DUPLICATE_OPEN')).toBe(true);
    const [row] = await sql<{ n: string }>(`SELECT count(*) AS n FROM mentorship_requests WHERE student_id = $1 AND mentor_id = $2 AND status IN ('pending', 'accepted')`, [student.id, mentor.id]);
    expect(Number(row!.n)).toBe(1);
  });

  it('concurrent creates by one student to 8 mentors: at most 5 pending', async () => {
    const student = await aStudent(t.http);
    const mentors = await Promise.all(Array.from({ length: 8 }, () => aMentor(t.http)));
    const answers = await Promise.all(mentors.map((m) => t.http.post('/api/request').set(student.auth).send({ mentorId: m.id, message: 'hi' })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 201, 409, 409, 409]);
    const [row] = await sql<{ n: string }>(`SELECT count(*) AS n FROM mentorship_requests WHERE student_id = $1 AND status = 'pending'`, [student.id]);
    expect(Number(row!.n)).toBe(5);
  });
});

describe('reading and listing', () => {
  it('a request is visible to its student, its mentor and admins only', async () => {
    const r = await aRequestIn(t.http, 'pending');
    for (const who of [r.student, r.mentor, admin]) {
      const res = await t.http.get(`/api/request/${r.id}`).set(who.auth);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: r.id, studentName: 'Stu Dent', mentorName: 'Men Tor' });
    }
    expectProblem(await t.http.get(`/api/request/${r.id}`).set(otherStudent.auth), 404, 'REQUEST.NOT_FOUND');
    expectProblem(await t.http.get(`/api/request/${r.id}`).set(otherMentor.auth), 404, 'REQUEST.NOT_FOUND');
    expectProblem(await t.http.get(`/api/request/${r.id}`), 401);
    expectProblem(await t.http.get(`/api/request/${NO_SUCH_ID}`).set(admin.auth), 404, 'REQUEST.NOT_FOUND');
  });

  it('lists of a student and of a mentor, newest first, filtered and paged; empty lists are 200', async () => {
    const student = await aStudent(t.http);
    const mentors = await Promise.all(Array.from({ length: 3 }, (_, i) => aMentor(t.http, { name: `M${i}` })));
    const created = [];
    for (const m of mentors) created.push(await aRequest(t.http, student, m));
    await setStatus(t.http, mentors[0]!, created[0]!.id, 'accepted').expect(200);

    const page1 = await t.http.get(`/api/request/student/${student.id}?limit=2`).set(student.auth);
    expect(page1.status).toBe(200);
    expect(page1.body.total).toBe(3);
    expect(page1.body.items.map((r: { mentorName: string }) => r.mentorName)).toEqual(['M2', 'M1']);
    const page2 = await t.http.get(`/api/request/student/${student.id}?limit=2&cursor=${page1.body.nextCursor}`).set(student.auth);
    expect(page2.body.items.map((r: { mentorName: string }) => r.mentorName)).toEqual(['M0']);
    expect(page2.body.nextCursor).toBeNull();

    const accepted = await t.http.get(`/api/request/student/${student.id}?status=accepted`).set(admin.auth);
    expect(accepted.body).toMatchObject({ total: 1, items: [{ id: created[0]!.id, status: 'accepted' }] });
    const open = await t.http.get(`/api/request/student/${student.id}?status=pending,accepted`).set(student.auth);
    expect(open.body.total).toBe(3);

    const ofMentor = await t.http.get(`/api/request/mentor/${mentors[1]!.id}`).set(mentors[1]!.auth);
    expect(ofMentor.body).toMatchObject({ total: 1, nextCursor: null, items: [{ studentId: student.id, mentorName: 'M1' }] });
    const none = await t.http.get(`/api/request/mentor/${mentors[1]!.id}?status=completed`).set(mentors[1]!.auth);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ items: [], nextCursor: null, total: 0 });
    const fresh = await aStudent(t.http);
    expect((await t.http.get(`/api/request/student/${fresh.id}`).set(fresh.auth)).body).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it('paging is exact when requests share a timestamp to the millisecond', async () => {
    const mentor = await aMentor(t.http);
    const students = await Promise.all(Array.from({ length: 12 }, () => aStudent(t.http)));
    await Promise.all(students.map((s) => aRequest(t.http, s, mentor)));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.http.get(`/api/request/mentor/${mentor.id}?limit=5${cursor ? `&cursor=${cursor}` : ''}`).set(mentor.auth);
      seen.push(...res.body.items.map((r: { id: string }) => r.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('lists belong to their owner and admins; anyone else gets 404 or 403', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    expectProblem(await t.http.get(`/api/request/student/${student.id}`).set(otherStudent.auth), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await t.http.get(`/api/request/student/${student.id}`).set(mentor.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get(`/api/request/student/${student.id}`), 401);
    expectProblem(await t.http.get(`/api/request/mentor/${mentor.id}`).set(otherMentor.auth), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.get(`/api/request/mentor/${mentor.id}`).set(student.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get(`/api/request/mentor/${mentor.id}`), 401);
    expect((await t.http.get(`/api/request/mentor/${mentor.id}`).set(admin.auth)).status).toBe(200);
    expectProblem(await t.http.get(`/api/request/student/${NO_SUCH_ID}`).set(admin.auth), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await t.http.get(`/api/request/mentor/${NO_SUCH_ID}`).set(admin.auth), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.get(`/api/request/mentor/${student.id}`).set(admin.auth), 404, 'MENTOR.NOT_FOUND');
  });
});

describe('notifications of request events', () => {
  it('created → mentor; accepted, rejected, completed, cancelled → the other party; an admin cancel → both', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http, { name: 'Nina' }), aMentor(t.http, { name: 'Oleg' })]);
    const r1 = await aRequest(t.http, student, mentor, 'Teach me Rust');
    expect((await inbox(mentor))[0]).toMatchObject({ type: 'request.created', data: { requestId: r1.id, studentName: 'Nina', mentorName: 'Oleg', message: 'Teach me Rust', by: 'student' } });
    await setStatus(t.http, mentor, r1.id, 'accepted', 'Welcome!').expect(200);
    expect((await inbox(student))[0]).toMatchObject({ type: 'request.accepted', data: { requestId: r1.id, status: 'accepted', note: 'Welcome!', by: 'mentor' } });
    await setStatus(t.http, student, r1.id, 'completed').expect(200);
    expect((await inbox(mentor))[0]).toMatchObject({ type: 'request.completed', data: { by: 'student' } });

    const r2 = await aRequest(t.http, student, mentor);
    await setStatus(t.http, mentor, r2.id, 'rejected').expect(200);
    expect((await inbox(student))[0]).toMatchObject({ type: 'request.rejected', data: { requestId: r2.id } });

    const r3 = await aRequest(t.http, student, mentor);
    await setStatus(t.http, student, r3.id, 'cancelled').expect(200);
    expect((await inbox(mentor))[0]).toMatchObject({ type: 'request.cancelled', data: { requestId: r3.id, by: 'student' } });

    const r4 = await aRequest(t.http, student, mentor);
    await setStatus(t.http, admin, r4.id, 'cancelled', 'Spam').expect(200);
    expect((await inbox(mentor))[0]).toMatchObject({ type: 'request.cancelled', data: { requestId: r4.id, by: 'admin', note: 'Spam' } });
    expect((await inbox(student))[0]).toMatchObject({ type: 'request.cancelled', data: { requestId: r4.id, by: 'admin' } });

    expect((await inbox(student)).map((n) => n.type)).toEqual(['request.cancelled', 'request.rejected', 'request.accepted']);
    expect(await inbox(admin)).toEqual([]);
  });

  it('a refused change writes no notification', async () => {
    const r = await aRequestIn(t.http, 'pending');
    const before = (await inbox(r.student)).length;
    await setStatus(t.http, r.student, r.id, 'accepted').expect(403);
    await setStatus(t.http, r.mentor, r.id, 'completed').expect(409);
    expect((await inbox(r.student)).length).toBe(before);
    expect((await inbox(r.mentor)).map((n) => n.type)).toEqual(['request.created']);
  });
});

describe('bad input answers 4xx problem+json', () => {
  it('create', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    for (const body of [
      {},
      { mentorId: mentor.id },
      { message: 'hi' },
      { mentorId: 'not-a-uuid', message: 'hi' },
      { mentorId: mentor.id, message: '' },
      { mentorId: mentor.id, message: '   ' },
      { mentorId: mentor.id, message: 'x'.repeat(2001) },
      { mentorId: mentor.id, message: 42 },
      { mentorId: mentor.id, message: 'hi', status: 'accepted' },
    ]) {
      expectProblem(await t.http.post('/api/request').set(student.auth).send(body), 400, 'VALIDATION_FAILED');
    }
    expect((await t.http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message: 'x'.repeat(2000) })).status).toBe(201);
  });

  it('update', async () => {
    const r = await aRequestIn(t.http, 'pending');
    for (const body of [{}, { status: 'done' }, { status: 'ACCEPTED' }, { status: 1 }, { status: 'accepted', note: 'x'.repeat(2001) }, { status: 'accepted', mentorId: r.mentor.id }]) {
      expectProblem(await t.http.patch(`/api/request/${r.id}`).set(r.mentor.auth).send(body), 400, 'VALIDATION_FAILED');
    }
    expectProblem(await setStatus(t.http, r.mentor, r.id, 'pending'), 409, 'REQUEST.INVALID_TRANSITION');
    expectProblem(await setStatus(t.http, r.mentor, NO_SUCH_ID, 'accepted'), 404, 'REQUEST.NOT_FOUND');
    expectProblem(await setStatus(t.http, r.mentor, 'nope', 'accepted'), 400, 'INVALID_ID');
  });

  it('ids and queries of reads and lists', async () => {
    const student = await aStudent(t.http);
    expectProblem(await t.http.get('/api/request/123').set(student.auth), 400, 'INVALID_ID');
    expectProblem(await t.http.get('/api/request/student/abc').set(student.auth), 400, 'INVALID_ID');
    expectProblem(await t.http.get('/api/request/mentor/abc').set(admin.auth), 400, 'INVALID_ID');
    for (const q of ['status=done', 'status=pending,nope', 'status=', 'limit=0', 'limit=101', 'cursor=garbage', 'extra=1']) {
      expectProblem(await t.http.get(`/api/request/student/${student.id}?${q}`).set(student.auth), 400);
    }
  });
});

describe('capacity changes against accepted mentees', () => {
  it('a mentor cannot cut capacity below the mentees already accepted, even racing an accept', async () => {
    const mentor = await aMentor(t.http, { capacity: 3 });
    const students = await Promise.all([aStudent(t.http), aStudent(t.http), aStudent(t.http)]);
    const requests = await Promise.all(students.map((s) => aRequest(t.http, s, mentor)));
    await setStatus(t.http, mentor, requests[0]!.id, 'accepted').expect(200);
    await setStatus(t.http, mentor, requests[1]!.id, 'accepted').expect(200);
    expectProblem(await t.http.patch(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ capacity: 1 }), 409, 'MENTOR.CAPACITY_BELOW_ACTIVE');
    // A cut to 2 and the third accept race: whichever goes second must fail, never both succeed.
    const [cut, accept] = await Promise.all([
      t.http.patch(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ capacity: 2 }),
      setStatus(t.http, mentor, requests[2]!.id, 'accepted'),
    ]);
    expect([cut.status, accept.status].sort()).toEqual([200, 409]);
    const [row] = await sql<{ capacity: number; active_mentees: number }>('SELECT capacity, active_mentees FROM mentors WHERE id = $1', [mentor.id]);
    expect(row!.active_mentees).toBeLessThanOrEqual(row!.capacity);
  });
});
