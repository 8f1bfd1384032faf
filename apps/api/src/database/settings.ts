import type { AppConfig } from '@app/config';
import type { DatabaseSettings } from '@app/database';

export const databaseSettings = (config: Pick<AppConfig, 'DATABASE_URL' | 'PGLITE_DIR' | 'DB_POOL_SIZE'>): DatabaseSettings => ({
  url: config.DATABASE_URL,
  pgliteDir: config.PGLITE_DIR,
  poolSize: config.DB_POOL_SIZE,
});
