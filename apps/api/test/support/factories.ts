import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent.js';

export interface Actor {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  auth: { Authorization: string };
  profile: Record<string, unknown>;
}

const unique = (): string => randomUUID().slice(0, 8);

async function signUp(http: TestAgent, path: string, body: Record<string, unknown>, token?: string): Promise<Actor> {
  const req = http.post(path).send(body);
  if (token) void req.set('Authorization', `Bearer ${token}`);
  const res = await req;
  if (res.status !== 201) throw new Error(`sign-up at ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  const b = res.body as { accessToken: string; refreshToken: string; profile: Record<string, unknown> & { id: string } };
  return {
    id: b.profile.id,
    email: String(body.email),
    password: String(body.password),
    accessToken: b.accessToken,
    refreshToken: b.refreshToken,
    auth: { Authorization: `Bearer ${b.accessToken}` },
    profile: b.profile,
  };
}

export const aStudent = (http: TestAgent, fields: Record<string, unknown> = {}): Promise<Actor> =>
  signUp(http, '/api/students/sign-up', { email: `student-${unique()}@example.com`, password: 'password-123', name: 'Test Student', ...fields });

export const aMentor = (http: TestAgent, fields: Record<string, unknown> = {}): Promise<Actor> =>
  signUp(http, '/api/mentors/sign-up', {
    email: `mentor-${unique()}@example.com`,
    password: 'password-123',
    name: 'Test Mentor',
    expertise: 'Backend engineering',
    skills: ['typescript', 'postgresql'],
    languages: ['en'],
    ...fields,
  });

export const ADMIN = { email: 'root@example.com', password: 'root-password-1' };
/** Overrides that make the app create the first admin. */
export const WITH_ADMIN = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

export async function theAdmin(http: TestAgent): Promise<Actor> {
  const res = await http.post('/api/admin/sign-in').send(ADMIN);
  if (res.status !== 200) throw new Error(`admin sign-in answered ${res.status}: ${JSON.stringify(res.body)}`);
  const b = res.body as { accessToken: string; refreshToken: string; profile: Record<string, unknown> & { id: string } };
  return { id: b.profile.id, ...ADMIN, accessToken: b.accessToken, refreshToken: b.refreshToken, auth: { Authorization: `Bearer ${b.accessToken}` }, profile: b.profile };
}

/** Asserts an RFC 9457 problem response. */
export function expectProblem(res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code?: string): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status, ...(code ? { code } : {}) } });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(typeof res.body.requestId).toBe('string');
  expect(typeof res.body.type).toBe('string');
  expect(typeof res.body.title).toBe('string');
}

/** A pending request from `student` to `mentor`; returns the response body. */
export async function aRequest(http: TestAgent, student: Actor, mentor: Actor, message = 'I would like to learn backend engineering.'): Promise<Record<string, unknown> & { id: string; status: string }> {
  const res = await http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message });
  if (res.status !== 201) throw new Error(`POST /api/request answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown> & { id: string; status: string };
}

/** PATCH /api/request/{id} with `{ status, note? }` as `actor`. */
export const setStatus = (http: TestAgent, actor: Actor | undefined, id: string, status: string, note?: string) => {
  const req = http.patch(`/api/request/${id}`).send(note === undefined ? { status } : { status, note });
  return actor ? req.set(actor.auth) : req;
};

export type RequestState = 'pending' | 'accepted' | 'rejected' | 'cancelled' | 'completed';

/** A fresh student and mentor (named "Stu Dent" and "Men Tor") and a request between them in `state`, reached through the API. */
export async function aRequestIn(http: TestAgent, state: RequestState): Promise<{ student: Actor; mentor: Actor; id: string }> {
  const [student, mentor] = await Promise.all([aStudent(http, { name: 'Stu Dent' }), aMentor(http, { name: 'Men Tor' })]);
  const { id } = await aRequest(http, student, mentor);
  const steps: Record<RequestState, [Actor, string][]> = {
    pending: [],
    accepted: [[mentor, 'accepted']],
    rejected: [[mentor, 'rejected']],
    cancelled: [[student, 'cancelled']],
    completed: [
      [mentor, 'accepted'],
      [student, 'completed'],
    ],
  };
  for (const [actor, status] of steps[state]) {
    const res = await setStatus(http, actor, id, status);
    if (res.status !== 200) throw new Error(`moving a request to ${status} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return { student, mentor, id };
}
