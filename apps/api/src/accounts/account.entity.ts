import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@app/auth';

/**
 * One row per account of any kind, so ids are unique across kinds and the role of any id is one
 * lookup. Emails are stored lower-cased: unique per kind, compared case-insensitively.
 */
@Entity('accounts')
@Index('ux_accounts_kind_email', ['kind', 'email'], { unique: true })
@Check('ck_accounts_kind', `"kind" IN ('student', 'mentor', 'admin')`)
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: Role;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set while an admin has suspended the account: sign-in refused, sessions revoked. */
  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  /** The admin who suspended it (kept for the record; the admin log line says the same). */
  @Column({ type: 'uuid', nullable: true })
  suspendedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
