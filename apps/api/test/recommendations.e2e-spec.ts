import { aMentor, aRequest, aStudent, type Actor, expectProblem, setStatus, theAdmin, WITH_ADMIN } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let student: Actor;
const m: Record<string, Actor> = {};

type Item = { mentor: { id: string }; score: number; matched: string[]; reasons: { concept: { id: string }; because: { id: string }; source: string }[] };
type Page = { items: Item[]; nextCursor: string | null };

/**
 * The student is interested in "frontend" and "питон", has an open request to `open` and a
 * completed one to `kotliner` (whose skill, Kotlin, then counts as a past interest).
 */
beforeAll(async () => {
  t = await createTestApp(WITH_ADMIN);
  m.python = await aMentor(t.http, { name: 'Python', skills: ['python'] });
  m.react = await aMentor(t.http, { name: 'React', skills: ['ReactJS'] });
  m.full = await aMentor(t.http, { name: 'Full', skills: ['python', 'react'], capacity: 0 });
  m.closed = await aMentor(t.http, { name: 'Closed', skills: ['python'], acceptingRequests: false });
  m.open = await aMentor(t.http, { name: 'Open request', skills: ['python', 'django'] });
  m.cobol = await aMentor(t.http, { name: 'Cobol', skills: ['cobol'] });
  m.kotliner = await aMentor(t.http, { name: 'Kotliner', skills: ['kotlin'] });
  m.kotlin2 = await aMentor(t.http, { name: 'Kotlin two', skills: ['котлин'] });
  student = await aStudent(t.http, { interests: ['frontend', 'питон'] });
  await aRequest(t.http, student, m.open!);
  const done = await aRequest(t.http, student, m.kotliner!);
  await setStatus(t.http, m.kotliner, done.id, 'accepted').expect(200);
  await setStatus(t.http, m.kotliner, done.id, 'completed').expect(200);
});
afterAll(() => t.close());

const recommended = async (who: Actor, qs = ''): Promise<Page> => {
  const res = await t.http.get(`/api/mentors/recommended${qs}`).set(who.auth);
  expect(res.status).toBe(200);
  return res.body as Page;
};
const names = (items: Item[]) => items.map((i) => Object.entries(m).find(([, a]) => a.id === i.mentor.id)?.[0]);

describe('GET /api/mentors/recommended', () => {
  it('from interests and past requests, explained, only mentors with a free place, none with an open request', async () => {
    const page = await recommended(student);
    // Equal scores and ratings go by id: the two Kotlin mentors in either order.
    expect(names(page.items).slice(0, 2)).toEqual(['python', 'react']);
    expect(names(page.items).slice(2).sort()).toEqual(['kotlin2', 'kotliner']);
    const [python, react, kotlin] = page.items;
    expect(python).toMatchObject({ score: 1, matched: ['python'], reasons: [{ concept: { id: 'python' }, because: { id: 'python' }, source: 'interest' }] });
    expect(react).toMatchObject({ matched: ['react'], reasons: [{ concept: { id: 'react' }, because: { id: 'frontend' }, source: 'interest' }] });
    expect(react!.score).toBeLessThan(1);
    expect(kotlin).toMatchObject({ score: 0.5, matched: ['kotlin'], reasons: [{ concept: { id: 'kotlin' }, source: 'request' }] });
  });

  it('pages with a cursor, without repeats or gaps', async () => {
    const all = (await recommended(student)).items.map((i) => i.mentor.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await recommended(student, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.mentor.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expectProblem(await t.http.get('/api/mentors/recommended?cursor=bm9wZQ').set(student.auth), 400, 'INVALID_CURSOR');
    expectProblem(await t.http.get('/api/mentors/recommended?limit=0').set(student.auth), 400);
  });

  it('follows capacity: a mentor who fills up leaves the list', async () => {
    await t.http.patch(`/api/mentors/${m.python!.id}`).set(m.python!.auth).send({ acceptingRequests: false }).expect(200);
    expect(names((await recommended(student)).items)).not.toContain('python');
    await t.http.patch(`/api/mentors/${m.python!.id}`).set(m.python!.auth).send({ acceptingRequests: true }).expect(200);
  });

  it('is empty for a student with no interests and no requests', async () => {
    expect((await recommended(await aStudent(t.http))).items).toEqual([]);
  });

  it('students only: 401 without a token, 403 for mentors and admins', async () => {
    expectProblem(await t.http.get('/api/mentors/recommended'), 401);
    expectProblem(await t.http.get('/api/mentors/recommended').set(m.python!.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get('/api/mentors/recommended').set((await theAdmin(t.http)).auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
  });
});
