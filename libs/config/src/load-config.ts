import { randomBytes } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { EnvDto } from './env.dto.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Only the first failed constraint of each variable is reported, named after the variable. */
function describe(errors: ValidationError[]): string[] {
  return errors.map((e) => {
    const message = Object.values(e.constraints ?? {})[0] ?? 'is invalid';
    const shown = /password|secret|key/i.test(e.property) ? '(hidden)' : JSON.stringify(e.value);
    return message.startsWith(e.property) ? `${message} (got ${shown})` : `${e.property}: ${message} (got ${shown})`;
  });
}

/** A development fallback so that `npm start` works with no configuration at all. */
const DEV_JWT_SECRET = randomBytes(32).toString('hex');

/**
 * DATABASE_URL from its parts (POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD,
 * POSTGRES_DB), each URL-encoded: compose passes the parts, since a password holding `@ : / # ? %`
 * pasted into a URL breaks it. Undefined without POSTGRES_HOST.
 */
export function databaseUrlFromParts(env: Record<string, string | undefined>): string | undefined {
  const host = env.POSTGRES_HOST?.trim();
  if (!host) return undefined;
  const user = encodeURIComponent(env.POSTGRES_USER || 'postgres');
  const password = env.POSTGRES_PASSWORD ? `:${encodeURIComponent(env.POSTGRES_PASSWORD)}` : '';
  return `postgres://${user}${password}@${host}:${env.POSTGRES_PORT || '5432'}/${encodeURIComponent(env.POSTGRES_DB || user)}`;
}

/**
 * Reads and validates the environment once (DATABASE_URL, when unset, from the POSTGRES_* parts). In
 * production a missing JWT_SECRET or DATABASE_URL
 * stops start-up; elsewhere the embedded defaults fill in.
 */
export function loadConfig(given: Record<string, string | undefined> = process.env): EnvDto {
  const env = given.DATABASE_URL ? given : { ...given, DATABASE_URL: databaseUrlFromParts(given) };
  const known = Object.keys(new EnvDto());
  const raw = Object.fromEntries(Object.entries(env).filter(([k]) => known.includes(k) || k.endsWith('_URL')));
  const dto = plainToInstance(EnvDto, raw, { exposeDefaultValues: true });
  const problems = describe(validateSync(dto, { skipMissingProperties: false }));
  if (dto.NODE_ENV === 'production') {
    if (!dto.JWT_SECRET) problems.push('JWT_SECRET is required when NODE_ENV=production');
    if (!dto.DATABASE_URL) problems.push('DATABASE_URL is required when NODE_ENV=production');
  }
  if ((dto.ADMIN_EMAIL === undefined) !== (dto.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  dto.JWT_SECRET ??= DEV_JWT_SECRET;
  return dto;
}

/** The process environment with `overrides` on top (tests and tools), validated. */
export function configFromEnvironment(overrides: Record<string, string | undefined> = {}): EnvDto {
  return loadConfig({ ...process.env, ...overrides });
}
