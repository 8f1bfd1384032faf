import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MentorshipRequestEntity, type CloseReason, type RequestStatus } from './mentorship-request.entity.js';

/** Who wrote a message or made a transition; `system` is the expiry job and account deletion. */
export const AUTHOR_ROLES = ['student', 'mentor', 'admin', 'system'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

/**
 * One entry of a request's thread: a message (`body`), a transition (`toStatus`, with the note
 * that came with it as `body`), or both. Nothing is overwritten: the thread is the conversation
 * and the history of the request. `seq` orders the entries and pages the thread.
 */
@Entity('request_messages')
@Index('ix_request_messages_request_seq', ['requestId', 'seq'])
@Check('ck_request_messages_content', '"body" IS NOT NULL OR "to_status" IS NOT NULL')
export class RequestMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Column('uuid')
  requestId: string;

  @ManyToOne(() => MentorshipRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<MentorshipRequestEntity>;

  /** The account that wrote it; null for `system`. */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 16 })
  authorRole: AuthorRole;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** For a transition: the state before (null for the creation) and after. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: RequestStatus | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus: RequestStatus | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reason: CloseReason | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
