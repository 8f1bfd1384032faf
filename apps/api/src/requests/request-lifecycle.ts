import type { RequestStatus } from './mentorship-request.entity.js';

/** Who acts on a request: its student, its mentor, or an admin. */
export type RequestActor = 'student' | 'mentor' | 'admin';

/**
 * The state machine of SPEC "Mentorship requests", with who may make each move:
 *
 * ```
 * pending ──accept (mentor)──> accepted ──complete (either)──> completed
 *    │  └──reject (mentor)──> rejected
 *    └────cancel (student)──> cancelled <──cancel (either)── accepted
 * ```
 *
 * Admins may also cancel an open request (moderation); accepting, rejecting and completing stay
 * with the parties. A pending request nobody answers becomes `expired` (the expiry job, not a
 * party). Requests never go back to pending; rejected, cancelled, completed and expired are final.
 */
export const TRANSITIONS: Readonly<Record<RequestStatus, Partial<Record<RequestStatus, readonly RequestActor[]>>>> = {
  pending: { accepted: ['mentor'], rejected: ['mentor'], cancelled: ['student', 'admin'] },
  accepted: { completed: ['student', 'mentor'], cancelled: ['student', 'mentor', 'admin'] },
  rejected: {},
  cancelled: {},
  completed: {},
  // Only the expiry job moves a request here (see RequestExpiry), never a party.
  expired: {},
};

export const isClosed = (status: RequestStatus): boolean => Object.keys(TRANSITIONS[status]).length === 0;

/** Statuses `actor` may move a request in `from` to. */
export function allowedTransitions(from: RequestStatus, actor: RequestActor): RequestStatus[] {
  return (Object.entries(TRANSITIONS[from]) as [RequestStatus, readonly RequestActor[]][]).filter(([, actors]) => actors.includes(actor)).map(([to]) => to);
}

export type TransitionCheck =
  | { ok: true }
  /** No one may make this move from this state (409). */
  | { ok: false; reason: 'invalid'; detail: string; allowed: RequestStatus[] }
  /** The move exists but belongs to another party (403). */
  | { ok: false; reason: 'not-yours'; detail: string; allowed: RequestStatus[] };

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

function describeMoves(from: RequestStatus): string {
  return (Object.entries(TRANSITIONS[from]) as [RequestStatus, readonly RequestActor[]][]).map(([to, actors]) => `${to} (by ${list(actors)})`).join(', ');
}

export function checkTransition(from: RequestStatus, to: RequestStatus, actor: RequestActor): TransitionCheck {
  const allowed = allowedTransitions(from, actor);
  const actors = TRANSITIONS[from][to];
  if (!actors) {
    const detail = isClosed(from)
      ? `The request is ${from}, which is final: it cannot become ${to}.`
      : `A ${from} request cannot become ${to}; it can become ${describeMoves(from)}.`;
    return { ok: false, reason: 'invalid', detail, allowed };
  }
  if (!actors.includes(actor)) {
    return { ok: false, reason: 'not-yours', detail: `Only the ${list(actors)} may make a ${from} request ${to}.`, allowed };
  }
  return { ok: true };
}
