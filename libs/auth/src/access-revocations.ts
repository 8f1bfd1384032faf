/**
 * Accounts whose access tokens must stop working before they expire (suspended accounts). The
 * application provides it; the guard asks it on every authenticated request, so the answer must
 * be synchronous and cheap (an in-memory set kept current by the provider).
 */
export abstract class AccessRevocations {
  abstract isRevoked(accountId: string): boolean;
}
