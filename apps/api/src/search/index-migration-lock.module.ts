import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IndexMigrationLock } from '@app/search';

/** The advisory lock's key: one per database, whatever the replica. */
const KEY = 'search:index-migration';

/**
 * IndexMigrationLock on a PostgreSQL session advisory lock: replicas starting at once create the Qdrant
 * collection and move its alias one at a time. Held on a connection of its own for the duration.
 */
@Injectable()
export class AdvisoryIndexMigrationLock extends IndexMigrationLock {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [KEY]);
      try {
        return await fn();
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [KEY]);
      }
    } finally {
      await runner.release();
    }
  }
}

/** Global, so the search library's index factory finds the lock (an optional dependency there). */
@Global()
@Module({
  providers: [{ provide: IndexMigrationLock, useClass: AdvisoryIndexMigrationLock }],
  exports: [IndexMigrationLock],
})
export class IndexMigrationLockModule {}
