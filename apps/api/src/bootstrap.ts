import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { configFromEnvironment } from '@app/config';
import { createValidationPipe, PinoNestLogger, ProblemDto, ProblemFilter, problemResponse } from '@app/common';
import type { Logger as Pino } from 'pino';
import { AppModule, requestIdOf } from './app.module.js';
import { HealthRegistry } from './health/health.registry.js';
import { registerCors } from './http/cors.js';
import { describeProblems } from './http/openapi-problems.js';
import fastifyCookie from '@fastify/cookie';
import { stateLimits } from './openapi-limits.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { clientErrorHandler, DEFAULT_BODY_LIMIT_BYTES, frameworkErrors, installInputLimits } from './http/input-limits.js';

export const API_PREFIX = 'api';
const QUIET_ROUTES = /^\/api\/(health|ping|metrics)/;

/** pino-pretty in a worker thread: one short line per entry, with the Nest context in front. */
const PRETTY_TRANSPORT = {
  target: 'pino-pretty',
  options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,context', messageFormat: '{if context}[{context}] {end}{msg}', singleLine: true },
};
const prettyLogs = (format: 'auto' | 'json' | 'pretty'): boolean => format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
const BEARER_DESCRIPTION =
  'Short-lived JWT access token, following RFC8725 (JWT best current practices): HS256 only, issuer checked, ' +
  'expiry required, the token type claim checked, no `none` algorithm.';

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('mentor-match API')
    .setDescription(
      'Matches students with mentors: accounts, mentorship requests, live notifications, search and statistics. ' +
        'Errors are RFC 9457 application/problem+json. Lists take ?limit= and an opaque cursor. ' +
        'PATCH: an omitted field stays as it is; `null` clears a field marked nullable and is a 400 for any other. ' +
        'Every input: JSON bodies of at most 64 KB (4 KB on sign-in, refresh and logout), nested at most 8 deep, ' +
        'with at most 500 values; no string may contain a NUL character or an unpaired UTF-16 surrogate; path ids are UUIDs.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: BEARER_DESCRIPTION })
    .addGlobalResponse({ status: 400, ...problemResponse(400, ['VALIDATION_FAILED', 'MALFORMED_JSON'], 'Invalid input (`errors` names each field)') })
    .addGlobalResponse({ status: 500, ...problemResponse(500, ['INTERNAL'], 'Unexpected error (quote `requestId`)') })
    .addGlobalResponse({ status: 503, ...problemResponse(503, ['SERVICE.UNAVAILABLE'], 'The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds') })
    .build();
  return stateLimits(describeProblems(SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto], operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` })));
}

/** The web app's top-level routes (apps/web/src/routes.tsx): they and their sub-paths get index.html. */
const WEB_ROUTES = ['/student', '/mentor', '/admin', '/signin', '/signup'];

/**
 * The built web app at `/` when its directory exists: hashed assets cached for a year, the
 * client's routes answered with index.html (the client renders them); `/api` is left alone.
 */

function serveWebApp(fastify: FastifyInstance, webDir: string | undefined): void {
  const root = webDir ? resolve(webDir) : undefined;
  if (!root || !existsSync(resolve(root, 'index.html'))) return;
  void fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    setHeaders: (res, path) => {
      void res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // The client's own routes only (never a catch-all, which would take over the router's answers
  // for /api, such as its 414 for an over-long id).
  const index = (_request: FastifyRequest, reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  for (const route of WEB_ROUTES) fastify.get(route, index).get(`${route}/*`, index);
}

/** Builds the application (not listening). Tests, the OpenAPI generator and main share it. */
export async function createApp(overrides: Record<string, string | undefined> = {}): Promise<NestFastifyApplication> {
  const config = configFromEnvironment(overrides);
  const hops = config.TRUST_PROXY_HOPS;
  const adapter = new FastifyAdapter({
    bodyLimit: DEFAULT_BODY_LIMIT_BYTES,
    // A client must send its headers, then its whole request, in time (408 problem+json after);
    // Node checks the deadlines every second instead of every 30.
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    http: { headersTimeout: Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.HTTP_REQUEST_TIMEOUT_MS), connectionsCheckingInterval: 1000 },
    frameworkErrors,
    clientErrorHandler,
    // No Nest middleware here (request work is done in Fastify hooks, guards and pipes), so the
    // middie layer, which would run on every request, is left out. Adding a middleware needs it back.
    skipMiddie: true,
    // Fastify's own pino: every request gets a child logger bound to its id, without a middleware layer.
    logger: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      ...(prettyLogs(config.LOG_FORMAT) ? { transport: PRETTY_TRANSPORT } : {}),
    },
    // One access-log line of our own (the onResponse hook below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    // Behind nginx the client address is the nearest `hops` entries of X-Forwarded-For.
    trustProxy: hops > 0 ? (_address: string, hop: number) => hop < hops : false,
    genReqId: (req: IncomingMessage) => {
      const id = requestIdOf(req);
      (req as typeof req & { id?: string }).id = id;
      return id;
    },
  });
  // Nest logs through Fastify's pino from the first line on, each line stamped when it happens.
  const logger = new PinoNestLogger(adapter.getInstance().log as Pino);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { logger, bodyParser: false });
  const fastify = app.getHttpAdapter().getInstance();
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  await registerCors(fastify, config);
  await fastify.register(fastifyCookie);

  const instanceId = config.INSTANCE_ID ?? `${hostname()}-${process.pid}`;
  const health = app.get(HealthRegistry);
  // Callback-style hooks: no promise per request on the hot path.
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    void reply.header('x-request-id', request.id).header('x-instance-id', instanceId);
    done();
  });
  // While draining after SIGTERM, keep-alive connections are closed after their response so
  // that clients (and nginx) open the next one on another replica.
  fastify.addHook('onSend', (_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: null, payload: unknown) => void) => {
    if (health.isShuttingDown) void reply.header('connection', 'close');
    done(null, payload);
  });
  // One access-log line per request (probes and scrapes left out), with its request id.
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (!QUIET_ROUTES.test(request.url)) request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request completed');
    done();
  });
  // A JSON API: Fastify's own JSON parser under depth and size limits (Nest's extra parsers are
  // off), other types are a 415.
  fastify.removeContentTypeParser('text/plain');
  installInputLimits(fastify);
  await installSecurityHeaders(app, API_PREFIX);

  serveWebApp(fastify, config.WEB_DIR);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json`, customSiteTitle: 'mentor-match API' });
  return app;
}
