import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError } from '@app/config';
import { createApp } from './bootstrap.js';
import { HealthRegistry } from './health/health.registry.js';
import { DemoSeeder } from './seed/demo-seeder.js';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  const logger = new Logger('Bootstrap');

  // Graceful shutdown: readiness fails at once, open streams end (so clients reconnect to another
  // replica), in-flight requests finish, new connections get 503, then pools close. A stuck
  // drain is cut off after SHUTDOWN_TIMEOUT_MS.
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: draining (up to ${config.SHUTDOWN_TIMEOUT_MS} ms)`);
    app.get(HealthRegistry).markShuttingDown();
    setTimeout(() => {
      logger.warn('drain timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${config.PORT}`;
  logger.log(`mentor-match listening on ${url}: the API under ${url}/api, Swagger UI at ${url}/api/docs`);
  const demo = app.get(DemoSeeder).demoAccounts();
  if (demo) logger.log(`demo accounts (password "${demo.password}"): ${demo.emails.join(', ')}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
