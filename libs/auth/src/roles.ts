export const ROLES = ['student', 'mentor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as read from a verified access token. */
export interface Principal {
  id: string;
  role: Role;
  /** The sign-in session (refresh-token family) the credential belongs to, when known. */
  sessionId?: string;
  /** When the credential stops being valid (epoch seconds), when known. */
  expiresAt?: number;
}

/** Claims of an access token. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  typ: 'access';
  /** The session (refresh-token family): long-lived uses such as streams end when it is revoked. */
  sid?: string;
  exp?: number;
}
