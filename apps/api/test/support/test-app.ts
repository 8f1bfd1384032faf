import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/bootstrap.js';
import { MentorSearchSync } from '../../src/mentors/mentor-search.sync.js';
import { createDatabase, serverUrl } from './databases.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  /** The database URL of this app (undefined on PGlite). */
  databaseUrl?: string;
  close(): Promise<void>;
}

/** Settings every test app gets: quiet logs, cheap hashes, generous rate limits. */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  ARGON2_MEMORY_KIB: '1024',
  ARGON2_ITERATIONS: '1',
  AUTH_RATE_LIMIT: '100000',
  SIGNIN_FAILURES_PER_ADDRESS: '1000',
  SIGNIN_FAILURES_PER_ACCOUNT: '1000',
  JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
  SEED_DEMO: 'false',
  PGLITE_DIR: 'memory',
};

/** The real application in this process, on a database of its own. */
export async function createTestApp(overrides: Record<string, string | undefined> = {}): Promise<TestApp> {
  const server = serverUrl();
  // An explicit DATABASE_URL (another app's database, or '' for the embedded PGlite) is used as is.
  const db = server && !('DATABASE_URL' in overrides) ? await createDatabase(server) : undefined;
  const app = await createApp({ ...TEST_ENV, REDIS_URL: process.env.REDIS_URL, DATABASE_URL: db?.url, ...overrides });
  const databaseUrl = 'DATABASE_URL' in overrides ? overrides.DATABASE_URL || undefined : db?.url;
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.get(MentorSearchSync).whenReady();
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl,
    close: async () => {
      await app.close();
      await db?.drop();
    },
  };
}
