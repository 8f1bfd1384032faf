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
  return { status, code: e.code ?? `HTTP_${status}`, detail: e.message ?? STATUS_CODES[status] ?? 'Error' };
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
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: problem.requestId, url: request.url }, 'Unhandled error');
    }
    if (reply.sent) return;
    if (problem.status === 429 && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  toProblem(exception: unknown, request: FastifyRequest): ProblemDto {
    const requestId = String(request.id);
    const base = (status: number, code: string, detail: string): ProblemDto => ({
      type: `${PROBLEM_TYPE_BASE}${slug(code)}`,
      title: STATUS_CODES[status] ?? 'Error',
      status,
      detail,
      code,
      requestId,
    });
    if (exception instanceof DomainError) {
      // The standard members win: an extra field can never replace `requestId`, `code` or `status`.
      return { ...exception.extra, ...base(exception.status, exception.code, exception.detail) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
      const detail = Array.isArray(message) ? message.join('; ') : String(message);
      if (status === 400 && /not valid JSON/i.test(detail)) return base(400, 'MALFORMED_JSON', 'The body is not valid JSON.');
      const known = fromFrameworkError({ statusCode: status, code: FRAMEWORK_CODES[status], message: detail });
      return base(status, known?.code ?? `HTTP_${status}`, status === 404 && detail.startsWith('Cannot ') ? 'No such route.' : (known?.detail ?? detail));
    }
    const framework = exception && typeof exception === 'object' ? fromFrameworkError(exception as HttpishError) : undefined;
    if (framework) return base(framework.status, framework.code, framework.detail);
    return base(500, 'INTERNAL', 'Something went wrong on our side. Quote the request id when reporting it.');
  }
}
