import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { keysetCursor, keysetPage, notFound, type PageQueryDto } from '@app/common';
import type { EntityManager } from 'typeorm';
import { Notifier, type NotifyInput } from '../notifications/notifier.js';
import type { FavoriteDto, FavoritePageDto } from './dto/favorite.dto.js';
import type { FavoriteEntity } from './favorite.entity.js';
import type { MentorEntity } from './mentor.entity.js';
import { toMentorResponse } from './mentor.mapper.js';
import { FavoritesRepository } from './favorites.repository.js';
import { MentorsRepository } from './mentors.repository.js';

/** Accepting requests and below capacity: a request may be sent and accepted. */
export const isAvailable = (m: Pick<MentorEntity, 'acceptingRequests' | 'activeMentees' | 'capacity'>): boolean => m.acceptingRequests && m.activeMentees < m.capacity;

const mentorNotFound = () => notFound('MENTOR.NOT_FOUND', 'No mentor has this id.');
const toFavorite = (f: FavoriteEntity, mentor: MentorEntity): FavoriteDto => ({ mentorId: f.mentorId, notifyWhenFree: f.notifyWhenFree, createdAt: f.createdAt, mentor: toMentorResponse(mentor, null) });

/**
 * A student's shortlist of mentors, and "tell me when this mentor is free": when a full or
 * paused mentor takes requests again, each waiting student gets one `mentor.available`
 * notification, in the transaction that freed the place (under the mentor row lock).
 */
@Injectable()
export class FavoritesService {
  constructor(
    private readonly favorites: FavoritesRepository,
    private readonly mentors: MentorsRepository,
    private readonly notifier: Notifier,
  ) {}

  async save(student: Principal, mentorId: string, notifyWhenFree: boolean): Promise<FavoriteDto> {
    const mentor = await this.mentors.findById(mentorId);
    if (!mentor) throw mentorNotFound();
    return toFavorite(await this.favorites.upsert(student.id, mentorId, notifyWhenFree), mentor);
  }

  /** Idempotent: removing a mentor that is not saved is fine; an unknown mentor is a 404. */
  async remove(student: Principal, mentorId: string): Promise<void> {
    if (!(await this.favorites.remove(student.id, mentorId)) && !(await this.mentors.findById(mentorId))) throw mentorNotFound();
  }

  async list(student: Principal, query: PageQueryDto): Promise<FavoritePageDto> {
    const after = keysetCursor.decode(query.cursor);
    const [rows, total] = await Promise.all([this.favorites.page(student.id, query.limit + 1, after), this.favorites.count(student.id)]);
    return keysetPage(rows, query.limit, (f) => ({ at: f.createdAt.toISOString(), id: f.mentorId }), (f) => toFavorite(f, f.mentor!), total) as FavoritePageDto;
  }

  /**
   * Inside the transaction that changed the (locked) mentor row: when it became available, the
   * waiting students' wishes are taken (cleared) and their `mentor.available` notifications
   * returned, for the caller to send with its own, last in the transaction (notification locks
   * are always taken last, all at once, in recipient order).
   */
  async freedNotifications(manager: EntityManager, before: MentorEntity, after: Pick<MentorEntity, 'acceptingRequests' | 'activeMentees' | 'capacity'>): Promise<NotifyInput[]> {
    if (isAvailable(before) || !isAvailable(after)) return [];
    const students = await this.favorites.takeWaiting(manager, before.id);
    return students.map((recipientId) => ({ recipientId, type: 'mentor.available', data: { mentorId: before.id, mentorName: before.name } }));
  }

  /** `freedNotifications`, sent at once: for a transaction that has nothing else to notify. */
  async announceIfFreed(manager: EntityManager, before: MentorEntity, after: Pick<MentorEntity, 'acceptingRequests' | 'activeMentees' | 'capacity'>): Promise<void> {
    await this.notifier.notifyAll(manager, await this.freedNotifications(manager, before, after));
  }

  removeAllOf(manager: EntityManager, party: { studentId: string } | { mentorId: string }): Promise<void> {
    return this.favorites.removeAllOf(manager, party);
  }
}
