import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { MentorEntity } from '../mentors/mentor.entity.js';
import { StudentEntity } from '../students/student.entity.js';

export const REQUEST_STATUSES = ['pending', 'accepted', 'rejected', 'cancelled', 'completed', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OPEN_STATUSES: RequestStatus[] = ['pending', 'accepted'];

/** Why a request was rejected or cancelled: a fixed list, so statistics can count them. */
export const CLOSE_REASONS = ['no_capacity', 'outside_expertise', 'schedule', 'not_a_fit', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/**
 * A student's request for mentorship. At most one open (pending or accepted) request per pair is
 * enforced by a partial unique index, so the rule holds even under racing creates.
 */
@Entity('mentorship_requests')
@Check('ck_requests_status', `"status" IN ('pending', 'accepted', 'rejected', 'cancelled', 'completed', 'expired')`)
@Check('ck_requests_close_reason', `"close_reason" IN ('no_capacity', 'outside_expertise', 'schedule', 'not_a_fit', 'other')`)
@Index('ux_requests_open_pair', ['studentId', 'mentorId'], { unique: true, where: `"status" IN ('pending', 'accepted')` })
@Index('ix_requests_student', ['studentId', 'createdAt', 'id'])
// The expiry job walks the pending requests oldest first (FOR UPDATE SKIP LOCKED).
@Index('ix_requests_pending_created', ['createdAt'], { where: `"status" = 'pending'` })
// ix_requests_mentor (mentor_id, created_at, id) INCLUDE (status, responded_at) and
// ix_requests_mentor_status (mentor_id, status) INCLUDE (closed_at): the same keys as before, plus
// the columns mentor statistics read, so that those are index-only (migration StatsMentorIndexes;
// close_reason added by Relationship).
@Index('ix_requests_mentor', { synchronize: false })
@Index('ix_requests_mentor_status', { synchronize: false })
// Statistics: (created_at) INCLUDE (mentor_id, status, responded_at), so that range scans over
// the whole platform are index-only. INCLUDE is beyond TypeORM's decorators: the index is made
// by the StatsIndexes migration and this entry keeps schema diffs from dropping it.
@Index('ix_requests_created_stats', { synchronize: false })
export class MentorshipRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  studentId: string;

  @ManyToOne(() => StudentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<StudentEntity>;

  @Column('uuid')
  mentorId: string;

  @ManyToOne(() => MentorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorEntity>;

  /** What the student wants to learn, 1..2000 characters. */
  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: RequestStatus;

  /** The note of the latest transition that had one (every note is also kept in the thread). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Why it was rejected or cancelled, when the closer said. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  closeReason: CloseReason | null;

  /** When the mentor was reminded of an unanswered request (once, at half the time to expiry). */
  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  /** Thread position (message seq) each party has read up to. */
  @Column({ type: 'bigint', default: 0 })
  studentReadSeq: string;

  @Column({ type: 'bigint', default: 0 })
  mentorReadSeq: string;

  /** Millisecond precision, as JavaScript dates: keyset cursors built from it are exact. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** When the mentor first answered (accepted or rejected). */
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** When the request reached a final state (rejected, cancelled, completed, expired). */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
