import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { DomainError, notFound } from '@app/common';
import { AccountsService } from '../accounts/accounts.service.js';
import type { AccountEntity } from '../accounts/account.entity.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { AdminDto, AdminSessionDto, AdminSignUpDto } from './dto/admin.dto.js';
import { AdminsRepository } from './admins.repository.js';

@Injectable()
export class AdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Admin');

  constructor(
    private readonly admins: AdminsRepository,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  /** The profile half of creating an admin, inside the transaction that creates the account. */
  async createProfile(manager: EntityManager, account: AccountEntity, name: string): Promise<AdminDto> {
    const admin = await this.admins.insert(manager, { id: account.id, name });
    return { id: admin.id, email: account.email, name: admin.name, createdAt: admin.createdAt };
  }

  /** Another admin, created by an admin: answers the new admin's profile (their tokens are theirs to get by signing in). */
  async create(dto: AdminSignUpDto): Promise<AdminDto> {
    const { profile } = await this.accounts.register('admin', dto.email, dto.password, (manager, account) => this.createProfile(manager, account, dto.name));
    return profile;
  }

  signIn(email: string, password: string): Promise<AdminSessionDto> {
    return this.sessions.signIn('admin', email, password, (id) => this.get(id));
  }

  async get(id: string): Promise<AdminDto> {
    const admin = await this.admins.findById(id);
    const email = await this.accounts.emailOf(id);
    if (!admin || email === undefined) throw notFound('ADMIN.NOT_FOUND', 'No admin has this id.');
    return { id, email, name: admin.name, createdAt: admin.createdAt };
  }

  /** The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD; replicas racing to create it is fine. */
  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: name } = this.config;
    if (!email || !password) return;
    try {
      await this.accounts.register('admin', email, password, (manager, account) => this.createProfile(manager, account, name));
      this.logger.log(`created the first admin ${email}`);
    } catch (e) {
      if (!(e instanceof DomainError && e.code === 'ACCOUNT.EMAIL_TAKEN')) throw e;
    }
  }
}
