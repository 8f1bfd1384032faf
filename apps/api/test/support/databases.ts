import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Tests run against the PostgreSQL of DATABASE_URL when it is set (CI sets it), each test file
 * in a fresh database that the application migrates at start-up; otherwise each file gets an
 * in-memory PGlite.
 */
export const serverUrl = (): string | undefined => process.env.DATABASE_URL || undefined;

export const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database for one test file: its URL and a function that drops it. */
export async function createDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mm_t_${randomBytes(6).toString('hex')}`;
  await onServer(url, `CREATE DATABASE ${name}`);
  return { url: withDatabase(url, name), drop: () => onServer(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
