import { Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@app/auth';
import { conflict, notFound } from '@app/common';
import type { AccountEntity } from '../accounts/account.entity.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { MentorContactsDto, MentorDto, MentorSession, MentorSignUpDto, UpdateMentorDto } from './dto/mentor.dto.js';
import type { MentorEntity } from './mentor.entity.js';
import { toMentorResponse } from './mentor.mapper.js';
import { SearchIndexSync } from '../search/search-index.sync.js';
import { MentorsRepository } from './mentors.repository.js';
import { MentorshipRelations } from './mentorship-relations.js';

const mentorNotFound = () => notFound('MENTOR.NOT_FOUND', 'No mentor has this id.');

@Injectable()
export class MentorsService {
  private readonly logger = new Logger('MentorsService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mentors: MentorsRepository,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly searchSync: SearchIndexSync,
    @Optional() private readonly relations?: MentorshipRelations,
  ) {}

  /** Registers the mentor; the profile is searchable when this returns. */
  async signUp(dto: MentorSignUpDto): Promise<MentorSession> {
    const session = await this.sessions.signUp('mentor', dto.email, dto.password, (manager, account) => this.createProfile(manager, account, dto));
    await this.searchSync.changed([session.profile.id]);
    return session;
  }

  /** The profile half of a sign-up, inside the transaction that creates the account. */
  async createProfile(manager: EntityManager, account: AccountEntity, dto: Omit<MentorSignUpDto, 'email' | 'password'>): Promise<MentorDto> {
    const mentor = await this.mentors.insert(manager, {
        id: account.id,
        name: dto.name,
        bio: dto.bio ?? '',
        expertise: dto.expertise ?? '',
        skills: dto.skills ?? [],
        experienceYears: dto.experienceYears ?? 0,
        languages: dto.languages ?? [],
        timezone: dto.timezone ?? 'UTC',
        telegram: dto.telegram ?? null,
        capacity: dto.capacity ?? 5,
        acceptingRequests: dto.acceptingRequests ?? true,
      });
    return toMentorResponse(mentor, { email: account.email, telegram: mentor.telegram });
  }

  count(): Promise<number> {
    return this.mentors.count();
  }

  signIn(email: string, password: string): Promise<MentorSession> {
    return this.sessions.signIn('mentor', email, password, (id) => this.get(id, { id, role: 'mentor' }));
  }

  /** Those of `mentorIds` whose contacts `viewer` may see: one query for a student's page. */
  private async contactsVisible(mentorIds: readonly string[], viewer?: Principal): Promise<Set<string>> {
    if (!viewer || mentorIds.length === 0) return new Set();
    if (viewer.role === 'admin') return new Set(mentorIds);
    if (viewer.role === 'mentor') return new Set(mentorIds.filter((id) => id === viewer.id));
    return this.relations ? this.relations.acceptedMentorsOf(viewer.id, mentorIds) : new Set();
  }

  async get(id: string, viewer?: Principal): Promise<MentorDto> {
    const mentor = await this.mentors.findById(id);
    if (!mentor) throw mentorNotFound();
    return this.present(mentor, viewer);
  }

  /** The contacts `viewer` may see, by mentor id: one query for which, one for their emails. */
  async contactsFor(mentors: readonly MentorEntity[], viewer?: Principal): Promise<Map<string, MentorContactsDto>> {
    const visible = await this.contactsVisible(mentors.map((m) => m.id), viewer);
    if (visible.size === 0) return new Map();
    const emails = await this.accounts.emailsOf([...visible]);
    return new Map(mentors.filter((m) => visible.has(m.id)).map((m) => [m.id, { email: emails.get(m.id) ?? '', telegram: m.telegram }]));
  }

  private async present(mentor: MentorEntity, viewer?: Principal): Promise<MentorDto> {
    return toMentorResponse(mentor, (await this.contactsFor([mentor], viewer)).get(mentor.id) ?? null);
  }

  /** The mentor themself or an admin. Capacity cannot drop below the mentees already accepted. */
  async update(id: string, dto: UpdateMentorDto, caller: Principal): Promise<MentorDto> {
    if (caller.role !== 'admin' && caller.id !== id) throw mentorNotFound();
    // Under the mentor's row lock, like accepts: a capacity cut cannot race past an accept.
    await this.dataSource.transaction(async (manager) => {
      const mentor = await this.mentors.lockForUpdate(manager, id);
      if (!mentor) throw mentorNotFound();
      if (dto.capacity !== undefined && dto.capacity < mentor.activeMentees) {
        throw conflict('MENTOR.CAPACITY_BELOW_ACTIVE', `Capacity cannot be lower than the ${mentor.activeMentees} mentees already accepted.`, { activeMentees: mentor.activeMentees });
      }
      await this.mentors.update(id, dto, manager);
    });
    await this.searchSync.changed([id]);
    return this.get(id, caller);
  }

  // --- for other features, inside their transactions ------------------------------------------

  /** Locks the mentor row for the rest of the transaction; 404 when there is no such mentor. */
  async lockForUpdate(manager: EntityManager, id: string): Promise<MentorEntity> {
    const mentor = await this.mentors.lockForUpdate(manager, id);
    if (!mentor) throw mentorNotFound();
    return mentor;
  }

  /** Changes counters (active mentees, ratings) inside the caller's transaction; re-indexed after commit. */
  async setCounters(manager: EntityManager, id: string, counters: Parameters<MentorsRepository['setCounters']>[2]): Promise<void> {
    await this.mentors.setCounters(manager, id, counters);
    this.searchSync.markChanged(manager, id);
  }
}
