import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './naming.js';

export interface DatabaseSettings {
  /** A real PostgreSQL server; when absent, the embedded PGlite database is used. */
  url?: string;
  /** PGlite data directory, or `memory` for an in-memory database. */
  pgliteDir: string;
  poolSize: number;
}

export type EntityList = MixedList<Function>;

/** Which backend a set of settings selects, for the start-up log (no credentials). */
export function describeDatabase(settings: DatabaseSettings): string {
  if (!settings.url) return settings.pgliteDir === 'memory' ? 'embedded PGlite (in memory)' : `embedded PGlite (${settings.pgliteDir})`;
  const u = new URL(settings.url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/**
 * The one description of the database shared by the API, the CLI, the migrations and the tests.
 * `synchronize` is never on: the schema changes only through migrations.
 */
export function buildDataSourceOptions(settings: DatabaseSettings, entities: EntityList, migrations: EntityList): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['error', 'warn'] as ('error' | 'warn')[],
  };
  if (settings.url) {
    return {
      ...common,
      url: settings.url,
      poolSize: settings.poolSize,
      extra: { max: settings.poolSize, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000, application_name: 'mentor-match' },
    };
  }
  // PGlite is one session in this process: node-postgres talks to it through a pool of one,
  // so transactions queue behind each other exactly as they would for a single connection.
  const inMemory = settings.pgliteDir === 'memory';
  if (!inMemory) mkdirSync(dirname(resolve(settings.pgliteDir)), { recursive: true });
  const pg = createPgConfig(inMemory ? 'memory://' : settings.pgliteDir);
  return { ...common, poolSize: 1, extra: { ...pg, connection: pg.connection, max: 1 } };
}
