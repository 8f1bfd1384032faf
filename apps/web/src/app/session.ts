export type Role = 'student' | 'mentor' | 'admin';
export interface Session {
  role: Role;
  id: string;
  name: string;
  accessToken: string;
  refreshToken: string;
}

const KEY = 'mm.session';
const listeners = new Set<() => void>();

function read(): Session | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : undefined;
  } catch {
    return undefined;
  }
}

let current = read();

/** The signed-in account, kept in localStorage so a reload stays signed in. */
export const sessionStore = {
  get: (): Session | undefined => current,
  set(next: Session | undefined): void {
    current = next;
    if (next) localStorage.setItem(KEY, JSON.stringify(next));
    else localStorage.removeItem(KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
