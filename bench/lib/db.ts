import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { onCleanup } from './proc.js';

export const PG_SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** A Redis database number of its own keeps our rate-limit keys apart from other users of this Redis (pub/sub is global, but channels are per account id). */
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/11';

export function dbUrl(name: string): string {
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE bench_<scenario>_<random>; dropped by `drop()` or by the suite's cleanup on failure. */
export async function createDatabase(scenario: string): Promise<BenchDatabase> {
  const name = `bench_${scenario.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const drop = onCleanup(async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });
  return { name, url: dbUrl(name), drop };
}

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function tableExists(url: string, table: string): Promise<boolean> {
  return withClient(url, async (c) => (await c.query('SELECT to_regclass($1) IS NOT NULL AS ok', [table])).rows[0].ok === true);
}
