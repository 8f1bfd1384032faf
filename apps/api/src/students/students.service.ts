import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { notFound } from '@app/common';
import type { EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity.js';
import { SessionsService } from '../auth/sessions.service.js';
import { RelationshipsService } from '../relationships/relationships.service.js';
import { type StudentDto, type StudentProfileDto, type StudentSession, type StudentSignUpDto, toStudentResponse, type UpdateStudentDto } from './dto/student.dto.js';
import { StudentsRepository } from './students.repository.js';

const studentNotFound = () => notFound('STUDENT.NOT_FOUND', 'No student with this id is visible to you.');

@Injectable()
export class StudentsService {
  constructor(
    private readonly students: StudentsRepository,
    private readonly sessions: SessionsService,
    private readonly relationships: RelationshipsService,
  ) {}

  signUp(dto: StudentSignUpDto): Promise<StudentSession> {
    return this.sessions.signUp('student', dto.email, dto.password, (manager, account) => this.createProfile(manager, account, dto));
  }

  /** The profile half of a sign-up, inside the transaction that creates the account. */
  async createProfile(manager: EntityManager, account: AccountEntity, dto: Omit<StudentSignUpDto, 'email' | 'password'>): Promise<StudentDto> {
    const student = await this.students.insert(manager, {
      id: account.id,
      name: dto.name,
      about: dto.about ?? '',
      interests: dto.interests ?? [],
      languages: dto.languages ?? [],
      timezone: dto.timezone ?? 'UTC',
      telegram: dto.telegram ?? null,
    });
    return toStudentResponse(student, account.email);
  }

  signIn(email: string, password: string): Promise<StudentSession> {
    return this.sessions.signIn('student', email, password, (id) => this.get(id));
  }

  async get(id: string): Promise<StudentDto> {
    const found = await this.students.findWithEmail(id);
    if (!found) throw studentNotFound();
    return toStudentResponse(found.student, found.email);
  }

  /**
   * A student as `viewer` may see them: the student, admins, and a mentor the student sent a
   * request to (contacts from acceptance on); anyone else is told there is no such student.
   */
  async profileFor(id: string, viewer: Principal): Promise<StudentProfileDto> {
    const visible = await this.relationships.studentVisibility(id, viewer);
    const found = visible.profile ? await this.students.findWithEmail(id) : null;
    if (!found) throw studentNotFound();
    const { name, about, interests, languages, timezone, telegram } = found.student;
    return { id, name, about, interests, languages, timezone, contacts: visible.contacts ? { email: found.email, telegram } : null };
  }

  async exists(id: string): Promise<boolean> {
    return (await this.students.findById(id)) !== null;
  }

  /** Account deletion, inside its transaction: the profile is anonymised and hidden. */
  anonymise(manager: EntityManager, id: string): Promise<void> {
    return this.students.anonymise(manager, id);
  }

  /** Only the student themself or an admin; anyone else is told there is no such student. */
  async update(id: string, dto: UpdateStudentDto, caller: Principal): Promise<StudentDto> {
    if (caller.role !== 'admin' && caller.id !== id) throw studentNotFound();
    const updated = await this.students.update(id, dto);
    if (!updated) throw studentNotFound();
    return this.get(id);
  }

  /** Names of students, for other features' responses. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    return new Map((await this.students.findNames(ids)).map((s) => [s.id, s.name]));
  }
}
