import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';

@Entity('students')
export class StudentEntity {
  /** Same id as the account. */
  @PrimaryColumn('uuid')
  id: string;

  @OneToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', default: '' })
  about: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  /** ISO 639-1 codes of the languages the student can be mentored in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** IANA time zone. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timezone: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  telegram: string | null;

  /** Set when the account was deleted: the profile is anonymised and hidden. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
