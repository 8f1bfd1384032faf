import { useSyncExternalStore } from 'react';
import { api, must } from '../api/client';
import { type Role, type Session, sessionStore } from './session';

export function useSession(): Session | undefined {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

type Tokens = { accessToken: string; refreshToken?: string; profile: { id: string; name: string } };

function start(role: Role, tokens: Tokens): Session {
  const session = { role, id: tokens.profile.id, name: tokens.profile.name, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ?? '' };
  sessionStore.set(session);
  return session;
}

export async function signIn(role: Role, email: string, password: string): Promise<Session> {
  const body = { email, password };
  if (role === 'student') return start(role, await must(api.POST('/api/students/sign-in', { body })));
  if (role === 'mentor') return start(role, await must(api.POST('/api/mentors/sign-in', { body })));
  return start(role, await must(api.POST('/api/admin/sign-in', { body })));
}

export async function signUp(role: 'student' | 'mentor', email: string, password: string, name: string): Promise<Session> {
  const body = { email, password, name };
  if (role === 'student') return start(role, await must(api.POST('/api/students/sign-up', { body })));
  return start(role, await must(api.POST('/api/mentors/sign-up', { body })));
}

export async function signOut(): Promise<void> {
  const session = sessionStore.get();
  if (session) await api.POST('/api/auth/logout', { body: { refreshToken: session.refreshToken } }).catch(() => undefined);
  sessionStore.set(undefined);
}

export const homeOf = (role: Role | undefined): string => (role === 'mentor' ? '/mentor' : role === 'admin' ? '/admin' : '/student');
