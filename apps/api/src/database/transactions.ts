import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The one way to open a transaction: `await this.transactions.run(async (manager) => ...)`.
 * READ COMMITTED; rules that depend on counts take row or advisory locks inside it. Repositories
 * take the `manager` so that their queries run in it.
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
