import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions, describeDatabase } from '@app/database';
import { migrations } from '../../../../migrations/index.js';
import { entities } from '../entities.js';
import { AfterCommit } from './after-commit.js';
import { Clock } from './clock.js';
import { DatabaseInfo } from './database-info.js';
import { databaseSettings } from './settings.js';
import { Transactions } from './transactions.js';


/**
 * TypeORM on PostgreSQL (DATABASE_URL) or embedded PGlite; pending migrations run at start-up.
 * Global: `Transactions` (the one transaction helper), `AfterCommit` and the `Clock`.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => buildDataSourceOptions(databaseSettings(config), entities, migrations),
      dataSourceFactory: async (options) => new DataSource(options!).initialize(),
    }),
  ],
  providers: [
    AfterCommit,
    Transactions,
    Clock,
    {
      provide: DatabaseInfo,
      inject: [AppConfig, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource) => {
        const logger = new Logger('Database');
        const settings = databaseSettings(config);
        const info = new DatabaseInfo(describeDatabase(settings), !settings.url);
        logger.log(`database: ${info.description}`);
        if (config.MIGRATIONS_RUN) {
          const applied = await dataSource.runMigrations({ transaction: 'each' });
          if (applied.length > 0) logger.log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
        }
        return info;
      },
    },
  ],
  exports: [DatabaseInfo, AfterCommit, Transactions, Clock],
})
export class DatabaseModule {}
