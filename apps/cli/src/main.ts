import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFile, writeFile } from 'node:fs/promises';
import { pino } from 'pino';
import { PinoNestLogger } from '@app/common';
import { ConfigError, configFromEnvironment, type EnvDto } from '@app/config';
import { AppModule } from '../../api/src/app.module.js';
import { buildOpenApiDocument, createApp } from '../../api/src/bootstrap.js';
import { MentorSearchSync } from '../../api/src/mentors/mentor-search.sync.js';
import { DemoSeeder } from '../../api/src/seed/demo-seeder.js';

const OPENAPI_FILE = 'openapi.json';
/** The typed client's types, generated from the document (libs/api-client). */
const CLIENT_TYPES_FILE = 'libs/api-client/src/openapi.ts';

/** TypeScript types of every path and schema, by openapi-typescript (a dev tool: imported only here). */
async function clientTypesText(document: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], { enum: false, exportType: false });
  return `/* Generated from openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit. */\n\n${astToString(ast)}`;
}

async function context(overrides: Partial<Record<keyof EnvDto, string>>) {
  const config = configFromEnvironment(overrides);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(new PinoNestLogger(pino({ level: config.LOG_LEVEL })));
  return app;
}

/** The OpenAPI document as committed: built from an in-memory app, keys in a stable order. */
async function openApiText(): Promise<string> {
  const app = await createApp({ DATABASE_URL: '', PGLITE_DIR: 'memory', REDIS_URL: '', QDRANT_URL: '', SEED_DEMO: 'false', LOG_LEVEL: 'warn', ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
  await app.init();
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  return text;
}

/**
 * Operational commands on the same modules and configuration as the API:
 *   migrate     apply pending migrations and exit (the compose migration job)
 *   seed-demo   fill an empty database with the demo set
 *   reindex     rebuild the mentor index from PostgreSQL (`reindex --full` re-embeds everyone)
 *   openapi     write openapi.json and the typed client's types; `openapi --check` fails when either is out of date
 */
const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  async migrate() {
    const app = await context({ MIGRATIONS_RUN: 'true', SEED_DEMO: 'false' });
    await app.close();
  },
  async 'seed-demo'() {
    const app = await context({ SEED_DEMO: 'false' });
    const created = await app.get(DemoSeeder).seedIfEmpty();
    process.stdout.write(created > 0 ? `seeded ${created} demo mentors\n` : 'the database has mentors already; nothing seeded\n');
    await app.close();
  },
  async reindex(args) {
    const app = await context({ SEED_DEMO: 'false' });
    const sync = app.get(MentorSearchSync);
    await sync.whenReady();
    if (args.includes('--full')) await sync.reconcile(true);
    await app.close();
  },
  async openapi(args) {
    const text = await openApiText();
    const files: [path: string, text: string][] = [
      [OPENAPI_FILE, text],
      [CLIENT_TYPES_FILE, await clientTypesText(text)],
    ];
    if (!args.includes('--check')) {
      for (const [path, content] of files) await writeFile(path, content);
      process.stdout.write(`wrote ${files.map(([path]) => path).join(' and ')}\n`);
      return;
    }
    for (const [path, content] of files) {
      const committed = await readFile(path, 'utf8').catch(() => '');
      if (committed !== content) {
        process.stderr.write(`${path} is out of date: run \`npm run openapi\` and commit it\n`);
        process.exitCode = 1;
      } else {
        process.stdout.write(`${path} is current\n`);
      }
    }
  },
};

async function main(): Promise<void> {
  const [command = 'help', ...args] = process.argv.slice(2);
  const run = COMMANDS[command];
  if (!run) {
    process.stdout.write(`usage: node dist/apps/cli/src/main.js <${Object.keys(COMMANDS).join('|')}>\n`);
    process.exitCode = command === 'help' ? 0 : 2;
    return;
  }
  await run(args);
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
