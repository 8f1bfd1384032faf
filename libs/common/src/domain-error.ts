/**
 * A rule of the domain was broken. The code is stable (clients may branch on it); the HTTP status
 * and the RFC 9457 problem type are derived from it by the global filter.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
    readonly code: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const notFound = (code: string, detail: string): DomainError => new DomainError(404, code, detail);
export const conflict = (code: string, detail: string, extra?: Record<string, unknown>): DomainError =>
  new DomainError(409, code, detail, extra);
export const forbidden = (code: string, detail: string): DomainError => new DomainError(403, code, detail);
export const unauthorized = (code: string, detail: string): DomainError => new DomainError(401, code, detail);
export const badRequest = (code: string, detail: string, extra?: Record<string, unknown>): DomainError =>
  new DomainError(400, code, detail, extra);
