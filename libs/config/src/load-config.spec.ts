import pg from 'pg';
import { ConfigError, databaseUrlFromParts, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('runs on embedded defaults with no environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.JWT_SECRET).toHaveLength(64);
    expect(c.MIGRATIONS_RUN).toBe(true);
  });

  it('builds DATABASE_URL from the POSTGRES_* parts, URL-encoding a password with @ : / # ? %', async () => {
    const password = 'p@ss:w/rd#?%20&x';
    const url = databaseUrlFromParts({ POSTGRES_HOST: '127.0.0.1', POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: password, POSTGRES_DB: 'postgres' })!;
    expect(url).toBe('postgres://postgres:p%40ss%3Aw%2Frd%23%3F%2520%26x@127.0.0.1:5432/postgres');
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), POSTGRES_HOST: '127.0.0.1', POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: password, POSTGRES_DB: 'postgres' });
    expect(c.DATABASE_URL).toBe(url);
    // The driver reads the parts back as given (and the server, trust here, accepts the connection).
    const client = new pg.Client({ connectionString: c.DATABASE_URL });
    expect([client.password, client.user, client.database, client.host]).toEqual([password, 'postgres', 'postgres', '127.0.0.1']);
    await client.connect();
    expect((await client.query('SELECT 1 AS one')).rows[0]).toEqual({ one: 1 });
    await client.end();
    expect(loadConfig({ DATABASE_URL: 'postgres://a@b/c', POSTGRES_HOST: 'ignored' }).DATABASE_URL).toBe('postgres://a@b/c');
    expect(databaseUrlFromParts({})).toBeUndefined();
  });

  it('validates the Qdrant and Ollama settings', () => {
    expect(loadConfig({})).toMatchObject({ QDRANT_TIMEOUT_MS: 5000, OLLAMA_KEEP_ALIVE: '24h', OLLAMA_STARTUP_WAIT_MS: 60000 });
    expect(loadConfig({ OLLAMA_DIMENSION: '' }).OLLAMA_DIMENSION).toBeUndefined();
    expect(loadConfig({ OLLAMA_DIMENSION: '1024', OLLAMA_KEEP_ALIVE: '-1' })).toMatchObject({ OLLAMA_DIMENSION: 1024, OLLAMA_KEEP_ALIVE: '-1' });
    expect(() => loadConfig({ OLLAMA_KEEP_ALIVE: 'forever' })).toThrow(/OLLAMA_KEEP_ALIVE/);
    expect(() => loadConfig({ QDRANT_TIMEOUT_MS: '0' })).toThrow(/QDRANT_TIMEOUT_MS/);
  });

  it('coerces numbers and booleans', () => {
    const c = loadConfig({ PORT: '8080', MIGRATIONS_RUN: 'false', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(c.PORT).toBe(8080);
    expect(c.MIGRATIONS_RUN).toBe(false);
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('leaves the index thread count to the search library unless it is set', () => {
    expect(loadConfig({}).SEARCH_INDEX_THREADS).toBeUndefined();
    expect(loadConfig({ SEARCH_INDEX_THREADS: '' }).SEARCH_INDEX_THREADS).toBeUndefined();
    expect(loadConfig({ SEARCH_INDEX_THREADS: '0' }).SEARCH_INDEX_THREADS).toBe(0);
    expect(loadConfig({ SEARCH_INDEX_THREADS: '3', SEARCH_INDEX_NICE: '0' })).toMatchObject({ SEARCH_INDEX_THREADS: 3, SEARCH_INDEX_NICE: 0 });
    expect(() => loadConfig({ SEARCH_INDEX_THREADS: '-1' })).toThrow(/SEARCH_INDEX_THREADS/);
    expect(() => loadConfig({ SEARCH_INDEX_NICE: '20' })).toThrow(/SEARCH_INDEX_NICE/);
  });

  it('names every bad value', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.problems.join('\n');
    expect(text).toMatch(/PORT/);
    expect(text).toMatch(/DATABASE_URL must be a postgres/);
    expect(text).toMatch(/JWT_SECRET must be at least 32/);
    expect(text).not.toMatch(/short/);
  });

  it('stops production without a secret or database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required[\s\S]*DATABASE_URL is required/);
  });

  it('requires the first admin email and password together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'root@example.com' })).toThrow(/together/);
  });
});
