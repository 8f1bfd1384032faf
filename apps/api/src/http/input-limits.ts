import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiResponse } from '@nestjs/swagger';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { assertJsonShape, PROBLEM_CONTENT_TYPE, ProblemDto, ProblemFilter, problemOf } from '@app/common';

/**
 * Input that costs nothing: every limit here applies before a handler, a guard or a DTO sees the
 * request, so the worst body of each kind is refused for the price of reading its bytes.
 */

/** Bodies of most routes: a mentor's longest profile fits many times over. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;
/** Bodies of credential routes (sign-in, refresh, logout): a few fields of a few hundred bytes. */
export const CREDENTIALS_BODY_LIMIT_BYTES = 4 * 1024;

/** This route's JSON body is at most `bytes` (413 BODY_TOO_LARGE beyond, before it is parsed). */
export const BodyLimit = (bytes: number): MethodDecorator =>
  applyDecorators(RouteConfig({ bodyLimit: bytes }), ApiResponse({ status: 413, description: `The body is over ${bytes} bytes`, type: ProblemDto }));

/**
 * Per-route body limits (from `@BodyLimit`), and the JSON parser: Fastify's own (which refuses
 * `__proto__` and `constructor` keys) followed by the depth and size limits of `assertJsonShape`.
 * Call before the routes are registered (before `app.init()`).
 */
export function installInputLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: number } | undefined)?.bodyLimit;
    if (limit) route.bodyLimit = limit;
  });
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    void parseJson(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error as FastifyError, undefined);
      try {
        assertJsonShape(value);
      } catch (refused) {
        return done(refused as FastifyError, undefined);
      }
      done(null, value);
    });
  });
}

const filter = new ProblemFilter();

/** Errors Fastify answers before routing (a path segment over the maximum length, a malformed URL): problem+json with the request id. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem = filter.toProblem(error, request);
  void reply.status(problem.status).header('x-request-id', request.id).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}

/**
 * Errors Node answers on the socket before there is a request (headers or body not received in
 * time, headers too large, unparsable HTTP): problem+json with a fresh request id, then the
 * connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'REQUEST_TIMEOUT', 'The request was not received in time.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'HEADERS_TOO_LARGE', 'The request headers are too large.']
        : [400, 'BAD_REQUEST', 'The request is not valid HTTP.'];
  const requestId = randomUUID();
  const body = JSON.stringify(problemOf(status, code, detail, requestId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
