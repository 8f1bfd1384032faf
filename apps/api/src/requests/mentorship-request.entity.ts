import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { MentorEntity } from '../mentors/mentor.entity.js';
import { StudentEntity } from '../students/student.entity.js';

export const REQUEST_STATUSES = ['pending', 'accepted', 'rejected', 'cancelled', 'completed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OPEN_STATUSES: RequestStatus[] = ['pending', 'accepted'];

/**
 * A student's request for mentorship. At most one open (pending or accepted) request per pair is
 * enforced by a partial unique index, so the rule holds even under racing creates.
 */
@Entity('mentorship_requests')
@Check('ck_requests_status', `"status" IN ('pending', 'accepted', 'rejected', 'cancelled', 'completed')`)
@Index('ux_requests_open_pair', ['studentId', 'mentorId'], { unique: true, where: `"status" IN ('pending', 'accepted')` })
@Index('ix_requests_student', ['studentId', 'createdAt', 'id'])
// ix_requests_mentor (mentor_id, created_at, id) INCLUDE (status, responded_at) and
// ix_requests_mentor_status (mentor_id, status) INCLUDE (closed_at): the same keys as before, plus
// the columns mentor statistics read, so that those are index-only (migration StatsMentorIndexes).
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

  /** The mentor's (or closer's) note with the last transition. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Millisecond precision, as JavaScript dates: keyset cursors built from it are exact. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** When the mentor first answered (accepted or rejected). */
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** When the request reached a final state (rejected, cancelled, completed). */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
