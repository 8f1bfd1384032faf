import { randomUUID } from 'node:crypto';
import { type Actor, aMentor, aRequest, aRequestIn, aStudent, expectProblem, type RequestState, setStatus, theAdmin, WITH_ADMIN } from './support/factories.js';
import { serverUrl } from './support/databases.js';
import { SseClient } from './support/sse-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Actor;
let otherStudent: Actor;
let otherMentor: Actor;
beforeAll(async () => {
  t = await createTestApp({ ...WITH_ADMIN, STATS_CACHE_TTL_SECONDS: '0' });
  [admin, otherStudent, otherMentor] = await Promise.all([theAdmin(t.http), aStudent(t.http), aMentor(t.http)]);
});
afterAll(() => t.close());

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

async function inbox(actor: Actor): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const res = await t.http.get('/api/notifications?limit=100').set(actor.auth);
  expect(res.status).toBe(200);
  return res.body.items;
}

describe('a student profile and the contacts of both parties, per state of the request', () => {
  const states: RequestState[] = ['pending', 'accepted', 'rejected', 'cancelled', 'completed'];

  it.each(states)('%s: the student, the mentor (contacts from acceptance on), admins; nobody else', async (state) => {
    const { student, mentor } = await aRequestIn(t.http, state);
    await t.http.patch(`/api/students/${student.id}`).set(student.auth).send({ about: 'Learning Go', interests: ['go'], languages: ['ru', 'en'], timezone: 'Europe/Moscow', telegram: 'stu_dent' }).expect(200);
    const contactsSeen = state === 'accepted' || state === 'completed';
    const studentContacts = { email: student.email, telegram: 'stu_dent' };
    const profile = (actor?: Actor) => {
      const req = t.http.get(`/api/students/${student.id}`);
      return actor ? req.set(actor.auth) : req;
    };

    for (const [who, contacts] of [
      [student, studentContacts],
      [admin, studentContacts],
      [mentor, contactsSeen ? studentContacts : null],
    ] as const) {
      const res = await profile(who);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id: student.id, name: 'Stu Dent', about: 'Learning Go', interests: ['go'], languages: ['ru', 'en'], timezone: 'Europe/Moscow', contacts });
    }
    expectProblem(await profile(otherStudent), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await profile(otherMentor), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await profile(), 401);

    // The mentor's contacts for the student follow the same rule; never for another student.
    const mentorPage = async (actor: Actor) => (await t.http.get(`/api/mentors/${mentor.id}`).set(actor.auth)).body.contacts;
    expect(await mentorPage(student)).toEqual(contactsSeen ? { email: mentor.email, telegram: null } : null);
    expect(await mentorPage(otherStudent)).toBeNull();
  });

  it('bad ids are a 400, unknown ones a 404', async () => {
    expectProblem(await t.http.get('/api/students/not-a-uuid').set(admin.auth), 400);
    expectProblem(await t.http.get(`/api/students/${NO_SUCH_ID}`).set(admin.auth), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await t.http.patch(`/api/students/${otherStudent.id}`).set(otherStudent.auth).send({ languages: ['not a code'] }), 400);
    expectProblem(await t.http.patch(`/api/students/${otherStudent.id}`).set(otherStudent.auth).send({ timezone: 'Mars/Olympus' }), 400);
  });
});

describe('request lists carry a summary of the other party', () => {
  it('the mentor sees the student (name, about, interests), the student the mentor (name, expertise, skills, rating)', async () => {
    const student = await aStudent(t.http, { name: 'Дмитрий', about: 'Backend in Go', interests: ['go', 'kafka'] });
    const mentor = await aMentor(t.http, { name: 'Ann', expertise: 'Distributed systems', skills: ['go'] });
    const r = await aRequest(t.http, student, mentor);
    const ofMentor = await t.http.get(`/api/request/mentor/${mentor.id}`).set(mentor.auth).expect(200);
    expect(ofMentor.body.items[0]).toMatchObject({ id: r.id, student: { id: student.id, name: 'Дмитрий', about: 'Backend in Go', interests: ['go', 'kafka'] }, unreadMessages: 1 });
    expect(ofMentor.body.items[0].expiresAt).toEqual(new Date(new Date(ofMentor.body.items[0].createdAt).getTime() + 14 * 86_400_000).toISOString());
    const ofStudent = await t.http.get(`/api/request/student/${student.id}`).set(student.auth).expect(200);
    expect(ofStudent.body.items[0]).toMatchObject({ mentor: { id: mentor.id, name: 'Ann', expertise: 'Distributed systems', skills: ['go'], rating: { average: null, count: 0 } }, unreadMessages: 0 });
  });
});

describe('the thread of a request', () => {
  it('both parties write while it is open; transitions with notes join the thread; nothing is overwritten', async () => {
    const { student, mentor, id } = await aRequestIn(t.http, 'pending');
    await setStatus(t.http, mentor, id, 'accepted', 'Welcome! Send me your CV.').expect(200);
    const sent = await t.http.post(`/api/request/${id}/messages`).set(student.auth).send({ body: '  Here it is  ' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ authorId: student.id, authorRole: 'student', body: 'Here it is', transition: null });
    await t.http.post(`/api/request/${id}/messages`).set(mentor.auth).send({ body: 'Thanks' }).expect(201);
    // The student has not read the mentor's acceptance and message yet.
    expect((await t.http.get(`/api/request/${id}`).set(student.auth)).body.unreadMessages).toBe(2);
    await setStatus(t.http, student, id, 'completed', 'Спасибо!').expect(200);

    const thread = await t.http.get(`/api/request/${id}/messages`).set(student.auth).expect(200);
    expect(thread.body.total).toBe(5);
    expect(thread.body.items.map((m: { body: string | null; transition: { to: string } | null }) => [m.transition?.to ?? null, m.body])).toEqual([
      ['pending', 'I would like to learn backend engineering.'],
      ['accepted', 'Welcome! Send me your CV.'],
      [null, 'Here it is'],
      [null, 'Thanks'],
      ['completed', 'Спасибо!'],
    ]);
    expect((await t.http.get(`/api/request/${id}`).set(student.auth)).body.unreadMessages).toBe(0);

    const request = await t.http.get(`/api/request/${id}`).set(mentor.auth).expect(200);
    expect(request.body.note).toBe('Спасибо!');
    expect(request.body.history.map((h: Record<string, unknown>) => [h.byRole, h.from, h.to, h.note])).toEqual([
      ['student', null, 'pending', 'I would like to learn backend engineering.'],
      ['mentor', 'pending', 'accepted', 'Welcome! Send me your CV.'],
      ['student', 'accepted', 'completed', 'Спасибо!'],
    ]);

    // Closed: read-only for both parties and admins.
    expectProblem(await t.http.post(`/api/request/${id}/messages`).set(mentor.auth).send({ body: 'one more' }), 409, 'REQUEST.THREAD_CLOSED');
    await t.http.get(`/api/request/${id}/messages`).set(admin.auth).expect(200);
    await t.http.get(`/api/request/${id}/messages`).set(mentor.auth).expect(200);
  });

  it('each message is a notification for the other party', async () => {
    const { student, mentor, id } = await aRequestIn(t.http, 'pending');
    await t.http.post(`/api/request/${id}/messages`).set(mentor.auth).send({ body: 'When are you free?' }).expect(201);
    const got = (await inbox(student)).filter((n) => n.type === 'request.message');
    expect(got).toEqual([expect.objectContaining({ data: expect.objectContaining({ requestId: id, from: 'mentor', fromName: 'Men Tor', body: 'When are you free?' }) })]);
    expect((await inbox(mentor)).some((n) => n.type === 'request.message')).toBe(false);
  });

  it('outsiders get 404, admins read but do not write, bad input is a 400', async () => {
    const { student, id } = await aRequestIn(t.http, 'accepted');
    for (const outsider of [otherStudent, otherMentor]) {
      expectProblem(await t.http.get(`/api/request/${id}/messages`).set(outsider.auth), 404, 'REQUEST.NOT_FOUND');
      expectProblem(await t.http.post(`/api/request/${id}/messages`).set(outsider.auth).send({ body: 'hi' }), 404, 'REQUEST.NOT_FOUND');
    }
    expectProblem(await t.http.get(`/api/request/${id}/messages`), 401);
    expectProblem(await t.http.post(`/api/request/${id}/messages`).set(admin.auth).send({ body: 'hi' }), 409, 'REQUEST.THREAD_READ_ONLY');
    expectProblem(await t.http.post(`/api/request/${NO_SUCH_ID}/messages`).set(student.auth).send({ body: 'hi' }), 404);
    expectProblem(await t.http.post('/api/request/nope/messages').set(student.auth).send({ body: 'hi' }), 400);
    for (const body of [{}, { body: '' }, { body: '   ' }, { body: 'x'.repeat(4001) }, { body: 42 }, { body: 'ok', extra: 1 }]) {
      expectProblem(await t.http.post(`/api/request/${id}/messages`).set(student.auth).send(body), 400);
    }
    await t.http.post(`/api/request/${id}/messages`).set(student.auth).send({ body: 'x'.repeat(4000) }).expect(201);
    expectProblem(await t.http.get(`/api/request/${id}/messages?cursor=garbage`).set(student.auth), 400, 'INVALID_CURSOR');
    expectProblem(await t.http.get(`/api/request/${id}/messages?limit=0`).set(student.auth), 400);
  });

  it('pages oldest first', async () => {
    const { student, id } = await aRequestIn(t.http, 'pending');
    for (let i = 0; i < 4; i++) await t.http.post(`/api/request/${id}/messages`).set(student.auth).send({ body: `m${i}` }).expect(201);
    const first = await t.http.get(`/api/request/${id}/messages?limit=3`).set(student.auth).expect(200);
    const second = await t.http.get(`/api/request/${id}/messages?limit=3&cursor=${first.body.nextCursor}`).set(student.auth).expect(200);
    expect([...first.body.items, ...second.body.items].map((m: { body: string }) => m.body)).toEqual(['I would like to learn backend engineering.', 'm0', 'm1', 'm2', 'm3']);
    expect(second.body.nextCursor).toBeNull();
  });

  const sharedServer = Boolean(serverUrl() && process.env.REDIS_URL);
  (sharedServer ? it : it.skip)('a message reaches the other party live on another replica', async () => {
    const other = await createTestApp({ DATABASE_URL: t.databaseUrl });
    try {
      await other.app.listen(0, '127.0.0.1');
      const url = (await other.app.getUrl()).replace('[::1]', '127.0.0.1');
      const { student, mentor, id } = await aRequestIn(t.http, 'accepted');
      const client = await SseClient.connect(`${url}/api/notifications/stream`, { authorization: `Bearer ${mentor.accessToken}` });
      try {
        await client.until((c) => c.events.some((e) => e.event === 'ready'));
        await t.http.post(`/api/request/${id}/messages`).set(student.auth).send({ body: 'Live?' }).expect(201);
        await client.until((c) => c.messages().some((m) => m.type === 'request.message'), 5000, 'the message notification');
        expect(client.messages<{ type: string; data: { body: string } }>().find((m) => m.type === 'request.message')!.data.body).toBe('Live?');
      } finally {
        client.close();
      }
    } finally {
      await other.app.close();
    }
  });
});

describe('reasons for rejecting and cancelling', () => {
  it('are stored, shown, counted by the statistics, and refused with other statuses', async () => {
    const mentor = await aMentor(t.http);
    const students = await Promise.all([aStudent(t.http), aStudent(t.http), aStudent(t.http)]);
    const [a, b, c] = await Promise.all(students.map((s) => aRequest(t.http, s, mentor)));
    expectProblem(await t.http.patch(`/api/request/${a!.id}`).set(mentor.auth).send({ status: 'accepted', reason: 'schedule' }), 400, 'REQUEST.REASON_NOT_ALLOWED');
    expectProblem(await t.http.patch(`/api/request/${a!.id}`).set(mentor.auth).send({ status: 'rejected', reason: 'bored' }), 400);
    const rejected = await t.http.patch(`/api/request/${a!.id}`).set(mentor.auth).send({ status: 'rejected', reason: 'no_capacity', note: 'Full until June' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', closeReason: 'no_capacity', note: 'Full until June' });
    await t.http.patch(`/api/request/${b!.id}`).set(students[1]!.auth).send({ status: 'cancelled', reason: 'schedule' }).expect(200);
    await t.http.patch(`/api/request/${c!.id}`).set(mentor.auth).send({ status: 'rejected' }).expect(200);
    const notified = (await inbox(students[0]!)).find((n) => n.type === 'request.rejected');
    expect(notified?.data).toMatchObject({ reason: 'no_capacity', note: 'Full until June' });

    const day = new Date().toISOString().slice(0, 10);
    const stats = await t.http.get(`/api/stats/${mentor.id}?from=${day}&to=${day}`).set(mentor.auth).expect(200);
    expect(stats.body.requests.closedByReason).toEqual({ no_capacity: 1, outside_expertise: 0, schedule: 1, not_a_fit: 0, other: 0, unspecified: 1 });
    expect(stats.body.requests.byStatus).toMatchObject({ rejected: 2, cancelled: 1, expired: 0 });
    const platform = await t.http.get(`/api/stats?from=${day}&to=${day}`).set(admin.auth).expect(200);
    expect(platform.body.requests.closedByReason.no_capacity).toBeGreaterThanOrEqual(1);
  });
});

describe('notifications: read all, unread count', () => {
  it('the inbox says how many are unread; read-all marks every one', async () => {
    const { student, mentor, id } = await aRequestIn(t.http, 'pending');
    await t.http.post(`/api/request/${id}/messages`).set(student.auth).send({ body: 'ping' }).expect(201);
    const before = await t.http.get('/api/notifications?limit=1').set(mentor.auth).expect(200);
    expect(before.body).toMatchObject({ total: 2, unread: 2 });
    expect(before.body.items).toHaveLength(1);
    const read = await t.http.post('/api/notifications/read-all').set(mentor.auth);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ marked: 2, unread: 0 });
    expect((await t.http.get('/api/notifications').set(mentor.auth)).body).toMatchObject({ total: 2, unread: 0 });
    expect((await t.http.post('/api/notifications/read-all').set(mentor.auth)).body).toEqual({ marked: 0, unread: 0 });
    // Another account's notifications are untouched.
    await t.http.post(`/api/request/${id}/messages`).set(mentor.auth).send({ body: 'pong' }).expect(201);
    await t.http.post('/api/notifications/read-all').set(mentor.auth).expect(200);
    expect((await t.http.get('/api/notifications').set(student.auth)).body.unread).toBe(1);
    expectProblem(await t.http.post('/api/notifications/read-all'), 401);
  });
});

describe('favourites, "tell me when free" and the caller relation', () => {
  it('a student saves, lists and removes mentors; others cannot', async () => {
    const [student, m1, m2] = await Promise.all([aStudent(t.http), aMentor(t.http, { name: 'First' }), aMentor(t.http, { name: 'Second' })]);
    expect((await t.http.put(`/api/mentors/${m1.id}/favorite`).set(student.auth).send({})).body).toMatchObject({ mentorId: m1.id, notifyWhenFree: false, mentor: { name: 'First' } });
    await t.http.put(`/api/mentors/${m2.id}/favorite`).set(student.auth).send({ notifyWhenFree: true }).expect(200);
    await t.http.put(`/api/mentors/${m2.id}/favorite`).set(student.auth).send({ notifyWhenFree: true }).expect(200);
    const list = await t.http.get('/api/students/me/favorites').set(student.auth).expect(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items.map((f: { mentor: { name: string } }) => f.mentor.name)).toEqual(['Second', 'First']);
    await t.http.delete(`/api/mentors/${m1.id}/favorite`).set(student.auth).expect(204);
    await t.http.delete(`/api/mentors/${m1.id}/favorite`).set(student.auth).expect(204);
    expect((await t.http.get('/api/students/me/favorites').set(student.auth)).body.total).toBe(1);
    expect((await t.http.get('/api/students/me/favorites').set(otherStudent.auth)).body.total).toBe(0);

    expectProblem(await t.http.put(`/api/mentors/${NO_SUCH_ID}/favorite`).set(student.auth).send({}), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.put(`/api/mentors/${student.id}/favorite`).set(student.auth).send({}), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.delete(`/api/mentors/${NO_SUCH_ID}/favorite`).set(student.auth), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.put(`/api/mentors/${m1.id}/favorite`).set(student.auth).send({ notifyWhenFree: 'yes' }), 400);
    expectProblem(await t.http.put('/api/mentors/bad/favorite').set(student.auth).send({}), 400);
    expectProblem(await t.http.put(`/api/mentors/${m1.id}/favorite`).set(otherMentor.auth).send({}), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get('/api/students/me/favorites').set(admin.auth), 403);
    expectProblem(await t.http.get('/api/students/me/favorites'), 401);
  });

  it('a waiting student is told once when a full mentor frees a place, and once when a paused one resumes', async () => {
    const mentor = await aMentor(t.http, { capacity: 1 });
    const [mentee, waiting, notWaiting] = await Promise.all([aStudent(t.http), aStudent(t.http), aStudent(t.http)]);
    const r = await aRequest(t.http, mentee, mentor);
    await setStatus(t.http, mentor, r.id, 'accepted').expect(200);
    await t.http.put(`/api/mentors/${mentor.id}/favorite`).set(waiting.auth).send({ notifyWhenFree: true }).expect(200);
    await t.http.put(`/api/mentors/${mentor.id}/favorite`).set(notWaiting.auth).send({}).expect(200);
    const available = async (who: Actor) => (await inbox(who)).filter((n) => n.type === 'mentor.available');

    await setStatus(t.http, mentee, r.id, 'completed').expect(200);
    expect(await available(waiting)).toEqual([expect.objectContaining({ data: { mentorId: mentor.id, mentorName: 'Test Mentor' } })]);
    expect(await available(notWaiting)).toEqual([]);
    expect((await t.http.get(`/api/mentors/${mentor.id}`).set(waiting.auth)).body.relation).toMatchObject({ favorite: true, notifyWhenFree: false });

    // Full again and free again: the wish was used up.
    const again = await aRequest(t.http, notWaiting, mentor);
    await setStatus(t.http, mentor, again.id, 'accepted').expect(200);
    await setStatus(t.http, mentor, again.id, 'cancelled').expect(200);
    expect(await available(waiting)).toHaveLength(1);

    // Paused, asked again, resumed: one more.
    await t.http.patch(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ acceptingRequests: false }).expect(200);
    await t.http.put(`/api/mentors/${mentor.id}/favorite`).set(waiting.auth).send({ notifyWhenFree: true }).expect(200);
    await t.http.patch(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ bio: 'still paused' }).expect(200);
    expect(await available(waiting)).toHaveLength(1);
    await t.http.patch(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ acceptingRequests: true }).expect(200);
    expect(await available(waiting)).toHaveLength(2);
  });

  it('a mentor page and search hits say what the signed-in student has with the mentor', async () => {
    const skill = `relation-${randomUUID().slice(0, 8)}`;
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http, { skills: [skill] })]);
    const relationOn = async (actor?: Actor) => {
      const req = t.http.get(`/api/mentors/${mentor.id}`);
      return (await (actor ? req.set(actor.auth) : req)).body.relation;
    };
    expect(await relationOn(student)).toEqual({ openRequest: null, rating: null, favorite: false, notifyWhenFree: false });
    const r = await aRequest(t.http, student, mentor);
    await t.http.put(`/api/mentors/${mentor.id}/favorite`).set(student.auth).send({}).expect(200);
    expect(await relationOn(student)).toEqual({ openRequest: { id: r.id, status: 'pending' }, rating: null, favorite: true, notifyWhenFree: false });
    await setStatus(t.http, mentor, r.id, 'accepted').expect(200);
    await t.http.post(`/api/mentors/${mentor.id}/score`).set(student.auth).send({ score: 4 }).expect(200);
    expect(await relationOn(student)).toEqual({ openRequest: { id: r.id, status: 'accepted' }, rating: 4, favorite: true, notifyWhenFree: false });
    expect(await relationOn()).toBeNull();
    expect(await relationOn(otherStudent)).toEqual({ openRequest: null, rating: null, favorite: false, notifyWhenFree: false });
    expect(await relationOn(mentor)).toBeNull();

    const hits = async (actor?: Actor) => {
      const req = t.http.get(`/api/mentors?skills=${skill}`);
      const res = await (actor ? req.set(actor.auth) : req);
      expect(res.status).toBe(200);
      return res.body.items as { mentor: { id: string }; relation?: unknown }[];
    };
    expect((await hits(student))[0]).toMatchObject({ mentor: { id: mentor.id }, relation: { openRequest: { id: r.id, status: 'accepted' }, rating: 4, favorite: true } });
    expect((await hits())[0]!.relation).toBeUndefined();
    expect((await hits(otherMentor))[0]!.relation).toBeUndefined();
  });
});
