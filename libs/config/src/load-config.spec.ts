import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('runs on embedded defaults with no environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.JWT_SECRET).toHaveLength(64);
    expect(c.MIGRATIONS_RUN).toBe(true);
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
