import { randomUUID } from 'node:crypto';
import { type ApiClient, createApiClient, type Notification, type Problem } from '@app/api-client';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * A journey driven only through the client generated from openapi.json (libs/api-client). The
 * compiler checks every path, body and answer against the contract (`npm run typecheck`), and the
 * run checks the server answers what the contract says: a contract break fails CI either way.
 */
let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
});
afterAll(() => t.close());

const bearer = (accessToken: string): ApiClient => createApiClient({ baseUrl, headers: { Authorization: `Bearer ${accessToken}` } });
const email = (who: string): string => `${who}-${randomUUID().slice(0, 8)}@example.com`;

it('a student finds a mentor, asks, is accepted, is told, and rates; errors are typed problems', async () => {
  const api = createApiClient({ baseUrl });
  const mentorUp = await api.POST('/api/mentors/sign-up', {
    body: { email: email('mentor'), password: 'password-123', name: 'Typed Mentor', expertise: 'Data engineering', skills: ['python', 'sql'], languages: ['en'] },
  });
  const studentUp = await api.POST('/api/students/sign-up', { body: { email: email('student'), password: 'password-123', name: 'Typed Student' } });
  if (!mentorUp.data || !studentUp.data) throw new Error('sign-up failed');
  const mentorId = mentorUp.data.profile.id;
  const asStudent = bearer(studentUp.data.accessToken);
  const asMentor = bearer(mentorUp.data.accessToken);

  const found = await asStudent.GET('/api/mentors', { params: { query: { skills: 'python,sql', limit: 10 } } });
  expect(found.data?.items.map((h) => h.mentor.id)).toContain(mentorId);
  const profile = await api.GET('/api/mentors/{id}', { params: { path: { id: mentorId } } });
  expect(profile.data?.rating.distribution).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 });

  const asked = await asStudent.POST('/api/request', { body: { mentorId, message: 'Teach me SQL window functions.' } });
  if (!asked.data) throw new Error(`request failed: ${JSON.stringify(asked.error)}`);
  const again = await asStudent.POST('/api/request', { body: { mentorId, message: 'Again.' } });
  const problem: Problem | undefined = again.error;
  expect(again.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(problem).toMatchObject({ status: 409, code: 'REQUEST.DUPLICATE_OPEN', openRequestId: asked.data.id, requestId: again.response.headers.get('x-request-id') });

  const inbox = await asMentor.GET('/api/notifications', { params: { query: { limit: 5 } } });
  const created: Notification | undefined = inbox.data?.items[0];
  expect(created?.type).toBe('request.created');
  if (created?.type === 'request.created') expect(created.data.requestId).toBe(asked.data.id);

  const accepted = await asMentor.PATCH('/api/request/{id}', { params: { path: { id: asked.data.id } }, body: { status: 'accepted' } });
  expect(accepted.data?.status).toBe('accepted');
  const rated = await asStudent.POST('/api/mentors/{id}/score', { params: { path: { id: mentorId } }, body: { score: 5, comment: 'Clear and patient.' } });
  expect(rated.error).toBeUndefined();
  const after = await api.GET('/api/mentors/{id}', { params: { path: { id: mentorId } } });
  expect(after.data?.rating.distribution['5']).toBe(1);
  const mentorInbox = await asMentor.GET('/api/notifications', { params: { query: { limit: 1 } } });
  const rating = mentorInbox.data?.items[0];
  if (rating?.type !== 'rating.created') throw new Error(`expected a rating notification, got ${rating?.type}`);
  expect(rating.data.score).toBe(5);

  // What the contract forbids does not compile (and would fail typecheck if the contract allowed it).
  // @ts-expect-error the body of POST /api/request needs mentorId
  await asStudent.POST('/api/request', { body: { message: 'no mentor' } });
  // @ts-expect-error there is no such path
  await api.GET('/api/mentor');
});
