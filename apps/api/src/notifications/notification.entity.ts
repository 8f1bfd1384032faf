import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';

/** What happened, for the recipient. New kinds may be added by other features (e.g. ratings). */
export const NOTIFICATION_TYPES = [
  'request.created',
  'request.accepted',
  'request.rejected',
  'request.cancelled',
  'request.completed',
  'request.expired',
  'request.reminder',
  'request.message',
  'rating.created',
  'mentor.available',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/**
 * A notification for one account. `seq` orders them and is the SSE event id: it is drawn while
 * the writer holds a per-recipient transaction lock, so for one recipient `seq` order is commit
 * order, and "everything after Last-Event-ID" never skips a row that commits late.
 */
@Entity('notifications')
@Index('ix_notifications_recipient_seq', ['recipientId', 'seq'])
@Index('ix_notifications_recipient_unread', ['recipientId', 'seq'], { where: '"read_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Event id of the stream (bigint identity; a string in JavaScript). */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Column('uuid')
  recipientId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Relation<AccountEntity>;

  @Column({ type: 'varchar', length: 32 })
  type: NotificationType;

  /** What the client needs to show it without another call (ids, names, status, note). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
