import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Role } from '@app/auth';
import { AccountEntity } from '../accounts/account.entity.js';

/**
 * A one-time ticket that opens the notification stream where headers cannot be sent (browser
 * EventSource). Kept in PostgreSQL so any replica can redeem it, and redeemed by a DELETE so it
 * works exactly once even when two replicas race. Only the SHA-256 of the ticket is stored.
 */
@Entity('stream_tickets')
@Index('ix_stream_tickets_expires', ['expiresAt'])
export class StreamTicketEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash: string;

  @Column('uuid')
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** The session of the access token the ticket was bought with: the stream ends when it is revoked. */
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  /** When that access token expires: the stream it opens ends then. */
  @Column({ type: 'timestamptz', nullable: true })
  credentialExpiresAt: Date | null;

  /**
   * A stream cookie (reusable by its holder until it expires, its expiry pushed forward while a
   * stream it opened is open) rather than a one-time ticket.
   */
  @Column({ type: 'boolean', default: false })
  reusable: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
