/**
 * Every stable error `code` the API answers, with its HTTP status, a true example `detail` and the
 * extra fields that code carries. The OpenAPI document is built from this table (the `code` enum,
 * one example per status and code), and a test checks that every code thrown in the sources is here.
 */
export interface ProblemSpec {
  status: number;
  detail: string;
  /** Extra members of this code's body, with example values. */
  extra?: Record<string, unknown>;
}

const transition = { from: 'pending', to: 'completed', allowed: ['accepted', 'rejected'] };

export const PROBLEM_CODES = {
  VALIDATION_FAILED: { status: 400, detail: 'The request has invalid fields.', extra: { errors: [{ field: 'email', message: 'email must be an email' }] } },
  MALFORMED_JSON: { status: 400, detail: 'The body is not valid JSON.' },
  EMPTY_BODY: { status: 400, detail: 'The JSON body is empty.' },
  BODY_TOO_DEEP: { status: 400, detail: 'The body nests objects or arrays deeper than 32 levels.' },
  BODY_TOO_COMPLEX: { status: 400, detail: 'The body holds more than 10000 values.' },
  BAD_URL: { status: 400, detail: 'The URL is not valid.' },
  BAD_REQUEST: { status: 400, detail: 'The request is not valid HTTP.' },
  INVALID_CONTENT_LENGTH: { status: 400, detail: 'Content-Length does not match the body.' },
  INVALID_CURSOR: { status: 400, detail: 'The cursor is not one this API issued.' },
  INVALID_ID: { status: 400, detail: 'The id in the path must be a UUID.' },
  INVALID_LAST_EVENT_ID: { status: 400, detail: 'Last-Event-ID must be an event id from this stream.' },
  'AUTH.PASSWORD_REQUIRED': { status: 400, detail: 'Deleting your own account needs your password.' },
  'REQUEST.REASON_NOT_ALLOWED': { status: 400, detail: 'A reason goes with rejecting or cancelling only.' },
  'STATS.INVALID_RANGE': { status: 400, detail: '`from` must not be after `to`.', extra: { errors: [{ field: 'from', message: 'from must not be after to' }] } },
  'AUTH.INVALID_TOKEN': { status: 401, detail: 'A valid access token is required (Authorization: Bearer <token>).' },
  'AUTH.BAD_CREDENTIALS': { status: 401, detail: 'Wrong email or password.' },
  'AUTH.INVALID_REFRESH_TOKEN': { status: 401, detail: 'The refresh token is invalid, expired or revoked.' },
  'NOTIFICATIONS.INVALID_TICKET': { status: 401, detail: 'The ticket is unknown, expired or already used; get a new one from POST /api/notifications/ticket.' },
  'AUTH.ROLE_NOT_ALLOWED': { status: 403, detail: 'This action is only for: admin.' },
  'AUTH.ROUTE_NOT_DECLARED': { status: 403, detail: 'This route declares no access rule.' },
  'AUTH.CSRF_FAILED': { status: 403, detail: 'A cookie-authenticated call needs the x-csrf-token header from sign-in or the last refresh.' },
  'AUTH.WRONG_PASSWORD': { status: 403, detail: 'The password is not the current password of this account.' },
  'ACCOUNT.SUSPENDED': { status: 403, detail: 'This account is suspended.' },
  'REQUEST.TRANSITION_NOT_YOURS': { status: 403, detail: 'Only the mentor may make a pending request accepted.', extra: { from: 'pending', to: 'accepted', allowed: ['cancelled'] } },
  'RATING.NOT_A_MENTEE': { status: 403, detail: 'Only a student with an accepted or completed request to this mentor may rate them.' },
  NOT_FOUND: { status: 404, detail: 'No such route.' },
  'ACCOUNT.NOT_FOUND': { status: 404, detail: 'No account has this id.' },
  'ADMIN.NOT_FOUND': { status: 404, detail: 'No admin has this id.' },
  'MENTOR.NOT_FOUND': { status: 404, detail: 'No mentor has this id.' },
  'NOTIFICATION.NOT_FOUND': { status: 404, detail: 'No notification of yours has this id.' },
  'REQUEST.NOT_FOUND': { status: 404, detail: 'No request of yours has this id.' },
  'STUDENT.NOT_FOUND': { status: 404, detail: 'No student has this id.' },
  'ACCOUNT.CANNOT_SUSPEND_SELF': { status: 409, detail: 'An admin cannot suspend their own account.' },
  'ACCOUNT.EMAIL_TAKEN': { status: 409, detail: 'A student account with this email already exists.' },
  'MENTOR.AT_CAPACITY': { status: 409, detail: 'The mentor already has 3 active mentees, their capacity. Complete or cancel one, or raise the capacity.', extra: { capacity: 3, activeMentees: 3 } },
  'MENTOR.CAPACITY_BELOW_ACTIVE': { status: 409, detail: 'Capacity cannot be lower than the 2 mentees already accepted.', extra: { activeMentees: 2 } },
  'MENTOR.NOT_ACCEPTING': { status: 409, detail: 'This mentor is not accepting requests at the moment.' },
  'REQUEST.DUPLICATE_OPEN': {
    status: 409,
    detail: 'You already have a pending request to this mentor; a new one is possible once it is closed.',
    extra: { openRequestId: '3f0c1b0e-8a52-4d3e-9a43-2b7f5a1c9d10' },
  },
  'REQUEST.INVALID_TRANSITION': { status: 409, detail: 'A pending request can become accepted, rejected or cancelled, not completed.', extra: transition },
  'REQUEST.THREAD_READ_ONLY': { status: 409, detail: 'Admins read the thread; only its student and mentor write in it.' },
  'REQUEST.THREAD_CLOSED': { status: 409, detail: 'The request is completed: its thread is read-only.', extra: { requestStatus: 'completed' } },
  'REQUEST.TOO_MANY_PENDING': { status: 409, detail: 'You already have 5 requests waiting for an answer; at most 5 may be pending at once. Cancel one or wait for a reply.', extra: { limit: 5, pending: 5 } },
  METHOD_NOT_ALLOWED: { status: 405, detail: 'This route answers GET, HEAD.' },
  BODY_TOO_LARGE: { status: 413, detail: 'The request body is too large.' },
  URI_TOO_LONG: { status: 414, detail: 'A path segment is longer than any id this API uses.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, detail: 'Send a JSON body with Content-Type: application/json.' },
  'AUTH.SIGN_IN_BACKOFF': { status: 429, detail: 'Too many wrong passwords for this account; try again in 300 s.' },
  HEADERS_TOO_LARGE: { status: 431, detail: 'The request headers are too large.' },
  RATE_LIMITED: { status: 429, detail: 'Too many attempts. Try again in 42 s.' },
  INTERNAL: { status: 500, detail: 'Something went wrong on our side. Quote the request id when reporting it.' },
  'SERVICE.UNAVAILABLE': { status: 503, detail: 'The service is temporarily unavailable; retry after the Retry-After seconds.' },
  SHUTTING_DOWN: { status: 503, detail: 'This instance is shutting down; reconnect.' },
  'SEARCH.WARMING_UP': { status: 503, detail: 'Search is starting up; try again in a few seconds.' },
  'SEARCH.UNAVAILABLE': { status: 503, detail: 'Search is temporarily unavailable; try again in a few seconds.' },
} as const satisfies Record<string, ProblemSpec>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problemSlug = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The body the API sends for `code`, as a documentation example. */
export function problemExample(code: ProblemCode, base = 'https://mentor-match.dev/problems/'): Record<string, unknown> {
  const spec: ProblemSpec = PROBLEM_CODES[code];
  return {
    type: `${base}${problemSlug(code)}`,
    title: STATUS_TITLES[spec.status] ?? 'Error',
    status: spec.status,
    detail: spec.detail,
    code,
    requestId: '9b2d4f7e-1c3a-4e5b-8f6d-0a1b2c3d4e5f',
    ...spec.extra,
  };
}

/** The codes answered with `status`. */
export const codesWithStatus = (status: number): ProblemCode[] => (Object.keys(PROBLEM_CODES) as ProblemCode[]).filter((c) => PROBLEM_CODES[c].status === status);
