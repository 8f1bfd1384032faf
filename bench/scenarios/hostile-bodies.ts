/** The worst body of each kind, as an attacker sends them without signing in (the hostile scenario). */
export const keys = (n: number, prefix = 'k') => `{${Array.from({ length: n }, (_, i) => `"${prefix}${i}":1`).join(',')}}`;
const nested = (bytes: number) => '['.repeat(bytes / 2) + ']'.repeat(bytes / 2);
const signUp = (extra: string) => `{"email":"x@example.com","password":"password-123","name":"X",${extra}}`;

export const HOSTILE_BODIES: { name: string; path: string; body: string }[] = [
  { name: '60,000 unknown keys on refresh (857 KB)', path: '/api/auth/refresh', body: keys(60_000) },
  { name: '1 MB of nested arrays on sign-up', path: '/api/students/sign-up', body: nested(1_000_000) },
  { name: '60 KB of nested arrays on sign-up', path: '/api/students/sign-up', body: nested(60_000) },
  { name: '5,000 keys in 60 KB on sign-up', path: '/api/students/sign-up', body: keys(5_000) },
  { name: '490 unknown keys on sign-up', path: '/api/students/sign-up', body: keys(490, 'unknown') },
  { name: '60 KB string ending in NUL on sign-up', path: '/api/students/sign-up', body: signUp(`"about":"${'x'.repeat(60_000)}\\u0000"`) },
  { name: 'a lone surrogate email on sign-in', path: '/api/students/sign-in', body: '{"email":"a\\ud800b@example.com","password":"password-123"}' },
];

/** One POST with fetch (a new connection when the server closed the last): the answer's status once its body is read. */
export async function send(base: string, b: { path: string; body: string }): Promise<number> {
  const res = await fetch(`${base}${b.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b.body });
  await res.arrayBuffer();
  return res.status;
}

