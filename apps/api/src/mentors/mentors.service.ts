import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
import { Transactions } from '../database/transactions.js';
import { type MentorRelationDto, RelationshipsService } from '../relationships/relationships.service.js';
import { FavoritesService } from './favorites.service.js';
import type { NotifyInput } from '../notifications/notifier.js';
import { conceptsOfTags } from '../skills/skill-concepts.js';

const mentorNotFound = () => notFound('MENTOR.NOT_FOUND', 'No mentor has this id.');

@Injectable()
export class MentorsService {
  private readonly logger = new Logger('MentorsService');

  constructor(
    private readonly transactions: Transactions,
    private readonly mentors: MentorsRepository,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly searchSync: SearchIndexSync,
    private readonly relationships: RelationshipsService,
    private readonly favorites: FavoritesService,
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
        concepts: conceptsOfTags(dto.skills ?? []),
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

  /** The profile; contacts for whom may see them, and for a signed-in student their relation to this mentor. */
  async get(id: string, viewer?: Principal): Promise<MentorDto> {
    const mentor = await this.mentors.findById(id);
    if (!mentor) throw mentorNotFound();
    const [dto, relations] = await Promise.all([this.present(mentor, viewer), this.relationships.callerRelations([id], viewer)]);
    return { ...dto, relation: relations.get(id) ?? null };
  }

  /**
   * The caller's relation to each mentor of a page of search hits (open request, rating,
   * favourite), for signed-in students; one query. The only viewer-specific part of a hit besides contacts.
   */
  relationsForHits(mentorIds: readonly string[], viewer?: Principal): Promise<Map<string, MentorRelationDto>> {
    return this.relationships.callerRelations(mentorIds, viewer);
  }

  /** The contacts `viewer` may see, by mentor id: one query for which, one for their emails. */
  async contactsFor(mentors: readonly MentorEntity[], viewer?: Principal): Promise<Map<string, MentorContactsDto>> {
    const visible = await this.relationships.mentorContactsVisible(mentors.map((m) => m.id), viewer);
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
    await this.transactions.run(async (manager) => {
      const mentor = await this.mentors.lockForUpdate(manager, id);
      if (!mentor) throw mentorNotFound();
      if (dto.capacity !== undefined && dto.capacity < mentor.activeMentees) {
        throw conflict('MENTOR.CAPACITY_BELOW_ACTIVE', `Capacity cannot be lower than the ${mentor.activeMentees} mentees already accepted.`, { activeMentees: mentor.activeMentees });
      }
      await this.mentors.update(id, dto.skills === undefined ? dto : { ...dto, concepts: conceptsOfTags(dto.skills) }, manager);
      await this.favorites.announceIfFreed(manager, mentor, { ...mentor, ...pickDefined(dto, ['acceptingRequests', 'capacity']) });
    });
    await this.searchSync.changed([id]);
    return this.get(id, caller);
  }

  // --- for other features, inside their transactions ------------------------------------------

  /** Locks the mentor row for the rest of the transaction; 404 when there is no such mentor (or, unless `deleted`, it was deleted). */
  async lockForUpdate(manager: EntityManager, id: string, options: { deleted?: boolean } = {}): Promise<MentorEntity> {
    const mentor = await this.mentors.lockForUpdate(manager, id, options.deleted);
    if (!mentor) throw mentorNotFound();
    return mentor;
  }

  /**
   * Changes counters (active mentees, ratings) of `mentor`, locked by the caller's transaction;
   * re-indexed after commit. Answers the notifications for the students waiting for a place when
   * one freed up: send them with your own, last in the transaction.
   */
  async setCounters(manager: EntityManager, mentor: MentorEntity, counters: Parameters<MentorsRepository['setCounters']>[2]): Promise<NotifyInput[]> {
    await this.mentors.setCounters(manager, mentor.id, counters);
    this.searchSync.markChanged(manager, mentor.id);
    return this.favorites.freedNotifications(manager, mentor, { ...mentor, ...counters });
  }

  async exists(id: string): Promise<boolean> {
    return (await this.mentors.findById(id)) !== null;
  }

  /** Account deletion of a student, inside its transaction: their favourites go. */
  forgetStudent(manager: EntityManager, studentId: string): Promise<void> {
    return this.favorites.removeAllOf(manager, { studentId });
  }

  /**
   * Account deletion, inside its transaction (the open requests are closed after): the
   * profile is anonymised and hidden from pages and search; ratings and counters stay.
   */
  async anonymise(manager: EntityManager, id: string): Promise<void> {
    await this.mentors.anonymise(manager, id);
    await this.favorites.removeAllOf(manager, { mentorId: id });
    this.searchSync.markChanged(manager, id);
  }

  /** Hides the mentor from search or shows them again, inside the caller's transaction; re-indexed after commit. */
  async setHidden(manager: EntityManager, id: string, hidden: boolean): Promise<void> {
    await this.mentors.setHidden(manager, id, hidden);
    this.searchSync.markChanged(manager, id);
  }
}

function pickDefined<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  return picked;
}
