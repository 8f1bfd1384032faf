export const ROLES = ['student', 'mentor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as read from a verified access token. */
export interface Principal {
  id: string;
  role: Role;
}

/** Claims of an access token. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  typ: 'access';
}
