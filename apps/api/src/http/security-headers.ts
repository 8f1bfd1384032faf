import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Swagger UI needs its own scripts, inline styles and data: images; the JSON API needs nothing. */
const DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
/** The web app: its own scripts only; Mantine sets inline styles; the API and the stream are same-origin. */
const WEB_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers from the application itself (@fastify/helmet), so that a replica reached
 * without nginx sends them too. nginx sets the same policy and hides these from upstream, so a
 * client sees each header once.
 */
export async function installSecurityHeaders(app: NestFastifyApplication, apiPrefix: string): Promise<void> {
  await app.register(helmet, { contentSecurityPolicy: false, frameguard: { action: 'deny' }, referrerPolicy: { policy: 'no-referrer' } });
  const docs = `/${apiPrefix}/docs`;
  const api = `/${apiPrefix}`;
  const policyOf = (url: string): string => (url.startsWith(docs) ? DOCS_CSP : url === api || url.startsWith(`${api}/`) || url.startsWith(`${api}?`) ? API_CSP : WEB_CSP);
  app.getHttpAdapter().getInstance().addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    void reply.header('content-security-policy', policyOf(request.url));
    done();
  });
}
