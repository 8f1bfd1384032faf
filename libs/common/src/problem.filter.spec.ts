import type { FastifyRequest } from 'fastify';
import { DomainError } from './domain-error.js';
import { ProblemFilter } from './problem.filter.js';

describe('ProblemFilter.toProblem', () => {
  it('keeps the extra members of a domain error but never lets them replace the standard ones', () => {
    const error = new DomainError(409, 'REQUEST.THREAD_CLOSED', 'closed', { status: 'completed', code: 'X', requestId: 'forged', allowed: [] });
    expect(new ProblemFilter().toProblem(error, { id: 'req-1' } as FastifyRequest)).toEqual({
      type: expect.stringContaining('request-thread-closed'),
      title: 'Conflict',
      status: 409,
      detail: 'closed',
      code: 'REQUEST.THREAD_CLOSED',
      requestId: 'req-1',
      allowed: [],
    });
  });
});
