import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error.js';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE, type ProblemDto } from './problem.js';

interface HttpishError {
  statusCode?: number;
  status?: number;
  code?: string;
  message?: string;
}

const slug = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The RFC 9457 body of an error: also for answers the framework writes itself, outside any filter. */
export function problemOf(status: number, code: string, detail: string, requestId: string): ProblemDto {
  return { type: `${PROBLEM_TYPE_BASE}${slug(code)}`, title: STATUS_CODES[status] ?? 'Error', status, detail, code, requestId };
}

/** Seconds a client should wait before retrying after a 503 SERVICE.UNAVAILABLE. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '53300']);
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|terminating connection|the database system is (starting up|shutting down)|connect ECONNREFUSED/i;

/**
 * Whether an error means a backing service (PostgreSQL) could not be reached, rather than that the
 * request was wrong or the code is: connection refused, reset or timed out, an administrator
 * shutdown, too many connections. Looks through TypeORM's wrapper and `cause` chains.
 */
export function isServiceUnreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message, driverError, cause } = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
    e = driverError ?? cause;
  }
  return false;
}

const FRAMEWORK_CODES: Record<number, string> = {
  404: 'NOT_FOUND',
  413: 'FST_ERR_CTP_BODY_TOO_LARGE',
  415: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Fastify's own errors (bad JSON, wrong content type, body too large) keep their 4xx status. */
function fromFrameworkError(e: HttpishError): { status: number; code: string; detail: string } | undefined {
  const status = e.statusCode ?? e.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send a JSON body with Content-Type: application/json.' };
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return { status: 400, code: 'EMPTY_BODY', detail: 'The JSON body is empty.' };
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, code: 'BODY_TOO_LARGE', detail: 'The request body is too large.' };
  if (e instanceof SyntaxError || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return { status: 400, code: 'MALFORMED_JSON', detail: 'The body is not valid JSON.' };
  if (e.code === 'FST_ERR_MAX_PARAM_LENGTH') return { status: 414, code: 'URI_TOO_LONG', detail: 'A path segment is longer than any id this API uses.' };
  if (e.code === 'FST_ERR_BAD_URL') return { status: 400, code: 'BAD_URL', detail: 'The URL is not valid.' };
  if (e.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return { status: 400, code: 'INVALID_CONTENT_LENGTH', detail: 'Content-Length does not match the body.' };
  return { status, code: e.code ?? `HTTP_${status}`, detail: e.message ?? STATUS_CODES[status] ?? 'Error' };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The methods another route of the same path answers (for a 405 instead of a 404). */
function allowedMethods(request: FastifyRequest): string[] {
  const url = request.url.split('?')[0] ?? '';
  const server = request.server as FastifyRequest['server'] | undefined;
  if (!server?.findRoute) return [];
  return METHODS.filter((method) => method !== request.method && server.findRoute({ method, url }) !== null);
}

/**
 * Turns every error into RFC 9457 problem+json with the request id. Anything unexpected is logged
 * with that id and answered with a bare 500: no stack, no internals.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request);
    if (problem.code === 'SERVICE.UNAVAILABLE') {
      this.logger.warn({ err: exception, requestId: problem.requestId, url: request.url }, 'A backing service cannot be reached');
    } else if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: problem.requestId, url: request.url }, 'Unhandled error');
    }
    if (reply.sent) return;
    if (problem.status === 429 && !reply.getHeader('retry-after')) void reply.header('retry-after', '60');
    if (problem.status === 503 && !reply.getHeader('retry-after')) void reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    if (problem.status === 405) void reply.header('allow', allowedMethods(request).join(', '));
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  toProblem(exception: unknown, request: FastifyRequest): ProblemDto {
    const requestId = String(request.id);
    const base = (status: number, code: string, detail: string): ProblemDto => problemOf(status, code, detail, requestId);
    if (exception instanceof DomainError) {
      // Extra fields never replace the problem's own (a field named requestId once hid the request id).
      return { ...exception.extra, ...base(exception.status, exception.code, exception.detail) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
      const detail = Array.isArray(message) ? message.join('; ') : String(message);
      if (status === 400 && /not valid JSON/i.test(detail)) return base(400, 'MALFORMED_JSON', 'The body is not valid JSON.');
      if (status === 404 && detail.startsWith('Cannot ')) {
        const allow = allowedMethods(request);
        if (allow.length > 0) return base(405, 'METHOD_NOT_ALLOWED', `This route answers ${allow.join(', ')}.`);
      }
      const known = fromFrameworkError({ statusCode: status, code: FRAMEWORK_CODES[status], message: detail });
      return base(status, known?.code ?? `HTTP_${status}`, status === 404 && detail.startsWith('Cannot ') ? 'No such route.' : (known?.detail ?? detail));
    }
    const framework = exception && typeof exception === 'object' ? fromFrameworkError(exception as HttpishError) : undefined;
    if (framework) return base(framework.status, framework.code, framework.detail);
    if (isServiceUnreachable(exception)) return base(503, 'SERVICE.UNAVAILABLE', 'A service this request needs cannot be reached; retry shortly.');
    return base(500, 'INTERNAL', 'Something went wrong on our side. Quote the request id when reporting it.');
  }
}
