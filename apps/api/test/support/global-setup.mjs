// Says once which real services the suite runs against.
export default function globalSetup() {
  const db = process.env.DATABASE_URL;
  process.stdout.write(`\ntests: ${db ? `PostgreSQL at ${new URL(db).host}, one fresh database per test file` : 'DATABASE_URL is unset: each test file uses an in-memory PGlite'}\n`);
  process.stdout.write(`tests: ${process.env.REDIS_URL ? `Redis at ${process.env.REDIS_URL}` : 'REDIS_URL is unset: in-process event bus (Redis suites are skipped)'}\n`);
}
