import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError } from '@app/config';
import { createApp } from './bootstrap.js';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${config.PORT}`;
  new Logger('Bootstrap').log(`mentor-match listening on ${url} (Swagger UI ${url}/api/docs)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
