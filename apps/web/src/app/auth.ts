import { useSyncExternalStore } from 'react';
import { api, must, refreshSession } from '../api/client';
import { type Role, type Session, type SessionState, sessionStore } from './session';

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

export function useSession(): Session | undefined {
  return useSessionState().session;
}

type CookieSession = { accessToken: string; csrfToken?: string; profile: { id: string; name: string } };

function start(role: Role, answer: CookieSession): Session {
  if (!answer.csrfToken) throw new Error('sign-in answered without the cookie session');
  const session = { role, id: answer.profile.id, name: answer.profile.name, accessToken: answer.accessToken, csrfToken: answer.csrfToken };
  sessionStore.set(session);
  return session;
}

/** Signs in with the refresh token in the httpOnly cookie (`refreshCookie: true`). */
export async function signIn(role: Role, email: string, password: string): Promise<Session> {
  const body = { email, password, refreshCookie: true };
  if (role === 'student') return start(role, await must(api.POST('/api/students/sign-in', { body })));
  if (role === 'mentor') return start(role, await must(api.POST('/api/mentors/sign-in', { body })));
  return start(role, await must(api.POST('/api/admin/sign-in', { body })));
}

/**
 * Sign-up answers the body flow only, so the browser then signs in with the cookie and revokes
 * the sign-up's refresh token at once: no refresh token stays within reach of scripts.
 */
export async function signUp(role: 'student' | 'mentor', email: string, password: string, name: string): Promise<Session> {
  const body = { email, password, name };
  const created = role === 'student' ? await must(api.POST('/api/students/sign-up', { body })) : await must(api.POST('/api/mentors/sign-up', { body }));
  const session = await signIn(role, email, password);
  await api.POST('/api/auth/logout', { body: { refreshToken: created.refreshToken }, headers: { authorization: `Bearer ${created.accessToken}` } }).catch(() => undefined);
  return session;
}

/** Revokes the session (the cookie's refresh family) and clears the cookie. */
export async function signOut(): Promise<void> {
  const session = sessionStore.get().session;
  if (session) await api.POST('/api/auth/logout', { body: {}, headers: { 'x-csrf-token': session.csrfToken } }).catch(() => undefined);
  sessionStore.set(undefined);
}

/** After a reload: the saved session gets a new access token through the cookie, or is dropped quietly. */
export function restoreSession(): Promise<boolean> {
  return sessionStore.get().restoring ? refreshSession(true) : Promise.resolve(false);
}

export const homeOf = (role: Role | undefined): string => (role === 'mentor' ? '/mentor' : role === 'admin' ? '/admin' : '/student');
