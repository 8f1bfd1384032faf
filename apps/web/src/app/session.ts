export type Role = 'student' | 'mentor' | 'admin';

/** The signed-in account. The access token lives in memory only; the refresh token is an httpOnly cookie no script can read. */
export interface Session {
  role: Role;
  id: string;
  name: string;
  accessToken: string;
  /** Sent as `x-csrf-token` with the cookie (refresh, sign-out); useless without the cookie. */
  csrfToken: string;
}

/** Why the app signed the account out by itself (the sign-in page says so). */
export type SignOutReason = 'suspended' | 'expired';

/** What a reload needs to refresh through the cookie: never a token that grants access. */
export type SavedSession = Omit<Session, 'accessToken'>;

export interface SessionState {
  session?: Session;
  /** A saved session is being restored through the cookie (after a reload). */
  restoring: boolean;
  reason?: SignOutReason;
}

const KEY = 'mm.session';
const ROLES: readonly string[] = ['student', 'mentor', 'admin'];
const listeners = new Set<() => void>();

/** The saved session; anything else under the key (such as tokens kept by an older version) is dropped. */
export function readSavedSession(): SavedSession | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SavedSession> | null;
    if (raw && ROLES.includes(raw.role ?? '') && raw.id && raw.name !== undefined && raw.csrfToken) {
      return { role: raw.role!, id: raw.id, name: raw.name, csrfToken: raw.csrfToken };
    }
    if (raw) localStorage.removeItem(KEY);
  } catch {
    localStorage.removeItem(KEY);
  }
  return undefined;
}

let state: SessionState = { restoring: readSavedSession() !== undefined };

export const sessionStore = {
  get: (): SessionState => state,
  set(session: Session | undefined, reason?: SignOutReason): void {
    state = { session, restoring: false, reason: session ? undefined : reason };
    if (session) {
      const { accessToken: _inMemoryOnly, ...saved } = session;
      localStorage.setItem(KEY, JSON.stringify(saved));
    } else localStorage.removeItem(KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
