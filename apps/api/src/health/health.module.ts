import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventBus } from '@app/events';
import { HealthController } from './health.controller.js';
import { HealthRegistry } from './health.registry.js';
import { DatabaseInfo } from '../database/database-info.js';

@Global()
@Module({
  controllers: [HealthController],
  providers: [HealthRegistry],
  exports: [HealthRegistry],
})
export class HealthModule implements OnModuleInit {
  constructor(
    private readonly registry: HealthRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: DatabaseInfo,
    private readonly bus: EventBus,
  ) {}

  onModuleInit(): void {
    this.registry.register('database', async () => {
      await this.dataSource.query('SELECT 1');
      return { status: 'up', backend: this.db.description };
    });
    // Redis carries live fan-out only; PostgreSQL keeps every notification. Reported, not fatal.
    this.registry.register('redis', async () => this.bus.health(), { critical: false });
  }
}
