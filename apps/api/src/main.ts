import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError } from '@app/config';
import { createApp } from './bootstrap.js';
import { HealthRegistry } from './health/health.registry.js';
import { DemoSeeder } from './seed/demo-seeder.js';
import { NotificationStreams } from './notifications/notification-streams.js';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  const logger = new Logger('Bootstrap');

  // Graceful shutdown: readiness fails at once and open streams end (so load balancers and
  // clients move to another replica); for SHUTDOWN_DRAIN_DELAY_MS the replica still answers, with
  // `Connection: close` on every response so that keep-alive connections are not reused (a request
  // already sent on one is answered, not reset); then the listener closes, in-flight requests
  // finish and pools close. A stuck drain is cut off SHUTDOWN_TIMEOUT_MS after the listener closes.
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: readiness fails now; closing the listener in ${config.SHUTDOWN_DRAIN_DELAY_MS} ms, then draining (up to ${config.SHUTDOWN_TIMEOUT_MS} ms)`);
    app.get(HealthRegistry).markShuttingDown();
    void app.get(NotificationStreams).beforeApplicationShutdown();
    setTimeout(() => {
      logger.warn('drain timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_DRAIN_DELAY_MS + config.SHUTDOWN_TIMEOUT_MS).unref();
    setTimeout(() => {
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(error);
          process.exit(1);
        },
      );
    }, config.SHUTDOWN_DRAIN_DELAY_MS);
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
