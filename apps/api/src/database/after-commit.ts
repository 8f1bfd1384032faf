import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';

/**
 * Runs callbacks once the transaction an EntityManager belongs to has committed, and drops them
 * when it rolls back. Registered as a TypeORM subscriber, so callers cannot publish too early
 * (before commit, a reader on another replica would not see the row yet) or publish a rollback.
 */
@Injectable()
export class AfterCommit implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger('AfterCommit');
  private readonly pending = new WeakMap<QueryRunner, (() => void)[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  /** Runs `fn` after the outermost transaction of `manager` commits; at once outside a transaction. */
  run(manager: EntityManager, fn: () => void): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.safely(fn);
      return;
    }
    const list = this.pending.get(runner);
    if (list) list.push(fn);
    else this.pending.set(runner, [fn]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return; // a savepoint was released; the transaction goes on
    const list = this.pending.get(runner);
    this.pending.delete(runner);
    list?.forEach((fn) => this.safely(fn));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // A rolled-back savepoint keeps its callbacks: at worst a live client is woken for nothing
    // and finds no new row (streams read from the database, see NotificationStreams).
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.logger.error(`an after-commit callback failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
