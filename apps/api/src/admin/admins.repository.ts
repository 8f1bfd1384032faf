import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AdminEntity } from './admin.entity.js';

@Injectable()
export class AdminsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, admin: Pick<AdminEntity, 'id' | 'name'>): Promise<AdminEntity> {
    return manager.getRepository(AdminEntity).save(admin);
  }

  findById(id: string): Promise<AdminEntity | null> {
    return this.dataSource.getRepository(AdminEntity).findOneBy({ id });
  }
}
