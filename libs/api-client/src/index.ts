import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './openapi.js';

export type { components, paths };
export type ApiClient = Client<paths>;
/** Every error body of the API (application/problem+json). */
export type Problem = components['schemas']['ProblemDto'];
export type ProblemCode = components['schemas']['ProblemCode'];
/** One notification, a union discriminated by `type`. */
export type Notification = components['schemas']['RequestNotificationDto'] | components['schemas']['RatingNotificationDto'] | components['schemas']['OtherNotificationDto'];

/**
 * A typed client of the mentor-match API, generated from openapi.json: paths, parameters, bodies,
 * answers and error bodies are checked by the compiler. `baseUrl` is the server's origin, e.g.
 * `http://localhost:3000` (paths start with /api).
 *
 * ```ts
 * const api = createApiClient({ baseUrl: 'http://localhost:3000' });
 * const { data, error } = await api.POST('/api/students/sign-in', { body: { email, password } });
 * ```
 */
export function createApiClient(options: ClientOptions & { baseUrl: string }): ApiClient {
  return createClient<paths>(options);
}
