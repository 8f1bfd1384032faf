import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};
const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const emptyToUndefinedNumber = ({ value }: { value: unknown }): unknown => {
  const v = emptyToUndefined({ value });
  return typeof v === 'string' ? Number(v) : v;
};

const DB_URL = { protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true };
const REDIS_URL = { protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true };
const HTTP_URL = { protocols: ['http', 'https'], require_tld: false, require_protocol: true };

/**
 * Every setting the application reads from the environment. Validated once at start-up;
 * each bad value is reported with its variable name. `.env.example` documents them all.
 */
export class EnvDto {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** `auto`: human-readable lines when stdout is a terminal, JSON otherwise (pipes, containers). */
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  /** Trust X-Forwarded-For from this many proxy hops (nginx in front = 1). */
  @Type(() => Number) @IsInt() @Min(0) @Max(10)
  TRUST_PROXY_HOPS = 0;

  /** Name of this replica in the X-Instance-Id header; default hostname-pid. */
  @Transform(emptyToUndefined) @IsOptional() @IsString() @Length(1, 64)
  INSTANCE_ID?: string;

  /**
   * Origins whose pages may call the API from a browser (CORS), comma-separated, e.g.
   * `https://app.example.com,https://admin.example.com`. Unset: localhost origins on any port in
   * development and test, none in production. `none` allows no origin.
   */
  @Transform(emptyToUndefined) @IsOptional() @IsString()
  @Matches(/^(none|https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*)$/, { message: 'CORS_ORIGINS must be `none` or comma-separated origins such as https://app.example.com' })
  CORS_ORIGINS?: string;

  // --- PostgreSQL ---------------------------------------------------------------------------
  @Transform(emptyToUndefined) @IsOptional() @IsUrl(DB_URL, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Directory of the embedded PGlite database when DATABASE_URL is unset; `memory` keeps it in RAM. */
  @IsString() @MinLength(1)
  PGLITE_DIR = './.data/pglite';

  @Type(() => Number) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 10;

  /** Run pending migrations when the API starts. */
  @Transform(toBool) @IsBoolean()
  MIGRATIONS_RUN = true;

  /** Seed demo data into an empty database: `auto` does so on the embedded database only. */
  @IsIn(['auto', 'true', 'false'])
  SEED_DEMO: 'auto' | 'true' | 'false' = 'auto';

  // --- Redis ---------------------------------------------------------------------------------
  @Transform(emptyToUndefined) @IsOptional() @IsUrl(REDIS_URL, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  // --- Search --------------------------------------------------------------------------------
  @Transform(emptyToUndefined) @IsOptional() @IsUrl(HTTP_URL, { message: 'QDRANT_URL must be an http(s):// URL' })
  QDRANT_URL?: string;

  @Transform(emptyToUndefined) @IsOptional() @IsString()
  QDRANT_API_KEY?: string;

  /** Alias of the current collection; each schema gets its own `<alias>_<hash>` collection behind it. */
  @IsString() @Length(1, 64)
  QDRANT_COLLECTION = 'mentors';

  /** Timeout of every Qdrant request (searches answer 503 after it, writes retry through the change feed). */
  @Type(() => Number) @IsInt() @Min(100) @Max(120000)
  QDRANT_TIMEOUT_MS = 5000;

  @IsIn(['builtin', 'ollama'])
  EMBEDDER: 'builtin' | 'ollama' = 'builtin';

  @ValidateIf((o: EnvDto) => o.EMBEDDER === 'ollama')
  @IsUrl(HTTP_URL, { message: 'OLLAMA_URL must be an http(s):// URL when EMBEDDER=ollama' })
  OLLAMA_URL = 'http://127.0.0.1:11434';

  @IsString() @MinLength(1)
  OLLAMA_MODEL = 'bge-m3';

  /** The model's vector dimension (Ollama truncates to it); unset = asked from the model at start. */
  @Transform(emptyToUndefinedNumber) @IsOptional() @IsInt() @Min(1) @Max(16384)
  OLLAMA_DIMENSION?: number;

  /** How long Ollama keeps the model loaded after a request (`keep_alive`: a duration like 24h, or -1). */
  @IsString() @Matches(/^(-1|\d+(\.\d+)?(ms|s|m|h)?)$/, { message: 'OLLAMA_KEEP_ALIVE must be a duration like 30m or 24h, or -1' })
  OLLAMA_KEEP_ALIVE = '24h';

  /** How long start-up waits for the model when it probes the dimension (OLLAMA_DIMENSION unset). */
  @Type(() => Number) @IsInt() @Min(0) @Max(600000)
  OLLAMA_STARTUP_WAIT_MS = 60000;

  @Type(() => Number) @IsInt() @Min(50) @Max(60000)
  EMBED_TIMEOUT_MS = 2000;

  /**
   * 1 = the in-process index runs on a thread of its own (searches never block the event loop); 0 = on
   * the main thread. One copy of the index either way (larger values mean 1). Default: 1, or 0 on a
   * one-core machine.
   */
  // Not @Type(() => Number): that would make an empty value 0 (the main thread) instead of unset.
  @Transform(emptyToUndefinedNumber) @IsOptional() @IsInt() @Min(0) @Max(64)
  SEARCH_INDEX_THREADS?: number;

  /** Nice steps the index threads run below the process (Linux): HTTP gets the CPU first under search load; 0 = same priority. */
  @Type(() => Number) @IsInt() @Min(0) @Max(19)
  SEARCH_INDEX_NICE = 10;

  /**
   * File the in-process index is snapshotted to (with its HNSW graph next to it) and restored from at
   * start, then topped up from PostgreSQL: a restart takes seconds instead of a rebuild. Empty = none.
   */
  @Transform(emptyToUndefined) @IsOptional() @IsString()
  SEARCH_SNAPSHOT_PATH?: string;

  /** How often the index is snapshotted when it changed (and once at shutdown). */
  @Type(() => Number) @IsInt() @Min(10_000) @Max(86_400_000)
  SEARCH_SNAPSHOT_INTERVAL_MS = 600_000;

  /**
   * How often a replica catches its index up from PostgreSQL's change feed even when the event bus
   * said nothing: bounds how long a lost bus message leaves it stale (a reconnect catches up at once).
   */
  @Type(() => Number) @IsInt() @Min(1000) @Max(3_600_000)
  SEARCH_SYNC_INTERVAL_MS = 30_000;

  /** Mentor rows cached per replica for search pages (LRU); 0 = read every page from PostgreSQL. */
  @Type(() => Number) @IsInt() @Min(0) @Max(10_000_000)
  MENTOR_CACHE_SIZE = 20_000;

  /** The longest a cached mentor row lives (changes invalidate it at once; this bounds a lost invalidation). */
  @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000)
  MENTOR_CACHE_TTL_MS = 30_000;

  // --- Auth ----------------------------------------------------------------------------------
  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Access-token lifetime in seconds. */
  @Type(() => Number) @IsInt() @Min(30) @Max(86400)
  JWT_ACCESS_TTL = 900;

  /** Refresh-token lifetime in seconds. */
  @Type(() => Number) @IsInt() @Min(300) @Max(31536000)
  JWT_REFRESH_TTL = 2592000;

  /** argon2id memory cost in KiB (OWASP: 19456 minimum). */
  @Type(() => Number) @IsInt() @Min(1024) @Max(1048576)
  ARGON2_MEMORY_KIB = 19456;

  @Type(() => Number) @IsInt() @Min(1) @Max(10)
  ARGON2_ITERATIONS = 2;

  @Transform(emptyToUndefined) @IsOptional() @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined) @IsOptional() @IsString() @Length(8, 128, { message: 'ADMIN_PASSWORD must be 8..128 characters' })
  ADMIN_PASSWORD?: string;

  @IsString() @Length(1, 100)
  ADMIN_NAME = 'Administrator';

  // --- Rate limits ---------------------------------------------------------------------------
  /** Sign-in and sign-up attempts allowed per client IP and route in each window. */
  @Type(() => Number) @IsInt() @Min(1) @Max(1000000)
  AUTH_RATE_LIMIT = 10;

  @Type(() => Number) @IsInt() @Min(1) @Max(86400)
  AUTH_RATE_WINDOW_SECONDS = 60;

  // --- Statistics --------------------------------------------------------------------------
  /** Seconds each replica keeps the admin statistics (GET /api/stats) per range; 0 disables the cache. */
  @Type(() => Number) @IsInt() @Min(0) @Max(300)
  STATS_CACHE_TTL_SECONDS = 10;

  // --- Requests ------------------------------------------------------------------------------
  /** Days a pending request waits for an answer before it expires (the mentor is reminded at half). */
  @Type(() => Number) @IsInt() @Min(1) @Max(365)
  REQUEST_TTL_DAYS = 14;

  /** Seconds between two sweeps of the expiry job on each replica. */
  @Type(() => Number) @IsInt() @Min(1) @Max(86400)
  REQUEST_EXPIRY_INTERVAL_SECONDS = 60;
  /** Wrong passwords for one account from one address before that address waits SIGNIN_BACKOFF_SECONDS. */
  @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  SIGNIN_FAILURES_PER_ADDRESS = 5;

  /** Wrong passwords for one account from all addresses before addresses that never signed in to it wait. */
  @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  SIGNIN_FAILURES_PER_ACCOUNT = 20;

  @Type(() => Number) @IsInt() @Min(1) @Max(86400)
  SIGNIN_BACKOFF_SECONDS = 900;

  /** Bearer token the metrics scraper sends to GET /api/metrics; unset: metrics answer only outside production. */
  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  // --- Caps ----------------------------------------------------------------------------------
  /** Re-ratings of a mentor by one student within this many seconds update one notification instead of adding one; 0 = one per rating. */
  @Type(() => Number) @IsInt() @Min(0) @Max(86400)
  RATING_NOTIFY_COALESCE_SECONDS = 600;

  /** Open notification streams per account on one replica; a new one ends the oldest. */
  @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  SSE_MAX_STREAMS_PER_ACCOUNT = 5;

  /** Stream tickets one account may get per minute (429 beyond). */
  @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  STREAM_TICKETS_PER_MINUTE = 20;

  // --- HTTP ----------------------------------------------------------------------------------
  /** The longest a client may take to send a whole request (headers and body); 408 after. */
  @Type(() => Number) @IsInt() @Min(1000) @Max(600000)
  HTTP_REQUEST_TIMEOUT_MS = 15000;

  /** The longest a client may take to send the request headers; 408 after. */
  @Type(() => Number) @IsInt() @Min(1000) @Max(600000)
  HTTP_HEADERS_TIMEOUT_MS = 10000;

  // --- Lifecycle -----------------------------------------------------------------------------
  /**
   * After SIGTERM, how long the replica keeps answering (readiness already 503, every response with
   * Connection: close) before it closes its listener: time for load balancers to notice.
   */
  @Type(() => Number) @IsInt() @Min(0) @Max(120000)
  SHUTDOWN_DRAIN_DELAY_MS = 3000;

  /** How long in-flight requests may take to finish once the listener is closed. */
  @Type(() => Number) @IsInt() @Min(0) @Max(120000)
  SHUTDOWN_TIMEOUT_MS = 10000;

  /** Seconds between SSE heartbeats. */
  @Type(() => Number) @IsInt() @Min(1) @Max(300)
  SSE_HEARTBEAT_SECONDS = 15;

  // --- Web app -------------------------------------------------------------------------------
  /** Directory of the built web app (`vite build`), served at `/` beside `/api` when it exists. */
  @Transform(emptyToUndefined) @IsOptional() @IsString()
  WEB_DIR = 'dist/web';
}
